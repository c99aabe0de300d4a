package extract

import (
	"context"
	"strings"
	"testing"

	"newsgraph/schema"
)

// TestEventKindRules checks the rules of the kinds that happen to somebody or strike a
// place (events_kinds.go) on sentences of the Wikinews corpus (CC BY 2.5).
func TestEventKindRules(t *testing.T) {
	trump := person("Donald Trump", "President Donald Trump", "President Trump", "Trump")
	tests := []struct {
		name      string
		published string
		text      string
		ents      []tEnt
		want      []string
	}{
		// deaths
		{"died, with the place of death", "2019-01-22",
			"Former United States Central Intelligence Agency agent Tony Mendez died Saturday, aged 78, at a Frederick, Maryland assisted living facility.",
			[]tEnt{org("Central Intelligence Agency", "Central Intelligence Agency"), country("United States", "United States"), person("Tony Mendez", "Tony Mendez")},
			[]string{"death: Tony Mendez 2019-01-19.."}},
		{"a possessor's death is the death told before", "2019-05-21",
			"Nickey Iyambo, former vice-president of Namibia, died on Sunday, early in the morning. The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo's death.",
			[]tEnt{person("Nickey Iyambo", "Nickey Iyambo", "Iyambo"), country("Namibia", "Namibia"), person("Hage Geingob", "Hage Geingob", "his@pronoun")},
			[]string{"death: Nickey Iyambo 2019-05-19.."}},
		{"a pronoun's death joins the death told before, whoever the pronoun was taken for", "2020-10-07",
			"Guitarist Eddie Van Halen died on Tuesday. His death was confirmed by his son, Wolfgang Van Halen.",
			[]tEnt{person("Eddie Van Halen", "Eddie Van Halen"), person("Wolfgang Van Halen", "Wolfgang Van Halen", "His@pronoun")},
			[]string{"death: Eddie Van Halen 2020-10-06.."}},
		{"a pronoun's death with no death before is nobody's", "2020-01-12",
			"By the time of his death, his reign was the longest in the Arab world.",
			[]tEnt{person("Boris Johnson", "his@pronoun")}, nil},
		{"killed by forces: a killing, in a place", "2019-08-01",
			"Osama was killed by US special forces in Pakistan in 2011.",
			[]tEnt{person("Osama bin Laden", "Osama"), country("United States", "US"), country("Pakistan", "Pakistan")},
			[]string{"killing: Osama bin Laden, Pakistan, United States @Pakistan 2011-01-01..2011-12-31"}},
		{"killed in an airstrike: the victim is the airstrike's target", "2020-01-08",
			"He was killed last week by a United States military airstrike in Iraq.",
			[]tEnt{person("Qasem Soleimani", "He@pronoun"), country("United States", "United States"), country("Iraq", "Iraq")},
			[]string{"killing: Iraq, Qasem Soleimani, United States @Iraq 2019-12-30..2020-01-05"}},
		{"a country's forces killed X: a killing by the country", "2020-01-03",
			"On Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike.",
			[]tEnt{country("United States", "United States"), person("Qasem Soleimani", "Qasem Soleimani"), country("Iran", "Iran"), org("Quds Force", "Quds Force")},
			[]string{"killing: Qasem Soleimani, United States 2020-01-02.."}},
		{"killed in a country's operation: a killing by the country", "2019-09-17",
			"On Saturday, in a brief but official statement, US President Donald Trump said Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden, has been killed in a US counter-terrorism operation.",
			[]tEnt{country("United States", "US"), person("Donald Trump", "President Donald Trump"), person("Hamza bin Laden", "Hamza bin Laden"),
				org("al-Qaeda", "Al-Qaeda"), person("Osama bin Laden", "Osama bin Laden")},
			[]string{"killing: Hamza bin Laden, United States @United States 2019-09-17.."}},
		{"a killing joins no attack of other victims told before", "2019-09-17",
			"Osama bin Laden founded Al-Qaeda and orchestrated the 9/11 attacks on the US of 2001. Osama was killed by US special forces in Pakistan in 2011.",
			[]tEnt{person("Osama bin Laden", "Osama bin Laden", "Osama"), org("al-Qaeda", "Al-Qaeda"), country("United States", "US"), country("Pakistan", "Pakistan")},
			[]string{"attack: United States 2019-09-17..", "killing: Osama bin Laden, Pakistan, United States @Pakistan 2011-01-01..2011-12-31"}},
		{"an attack told after a killing joins it only with its victim", "2019-09-17",
			"Hamza bin Laden has been killed in a US counter-terrorism operation. Osama bin Laden founded Al-Qaeda and orchestrated the 9/11 attacks on the US of 2001.",
			[]tEnt{person("Hamza bin Laden", "Hamza bin Laden"), person("Osama bin Laden", "Osama bin Laden"), org("al-Qaeda", "Al-Qaeda"), country("United States", "US")},
			[]string{"killing: Hamza bin Laden, United States @United States 2019-09-17..", "attack: United States 2019-09-17.."}},
		{"an attack that day on a base: the base's country and the forces it houses are struck", "2019-11-10",
			"On Friday, the Combined Joint Task Force Operation Inherent Resolve released a statement saying an attack that day on an Iraqi air base housing U.S. military personnel near Mosul produced no casualties.",
			[]tEnt{org("Combined Joint Task Force Operation Inherent Resolve", "Combined Joint Task Force Operation Inherent Resolve"), country("Iraq", "Iraqi@demonym"), country("United States", "U.S."), place("Mosul", "Mosul")},
			[]string{"attack: Iraq, United States 2019-11-08.."}},
		// rallies: organizers and speakers
		{"a rally organized by a group", "2020-12-14",
			"Several conservative groups claiming the 2020 U.S. presidential election was stolen from incumbent President Donald Trump gathered on Saturday in the U.S. capital, Washington D.C., for a rally organized by Women for America First.",
			[]tEnt{country("United States", "U.S."), person("Donald Trump", "President Donald Trump"), place("Washington, D.C.", "Washington D.C."), org("Women for America First", "Women for America First")},
			[]string{"rally: Women for America First 2020-12-12.."}},
		{"the speakers listed at a rally", "2019-03-28",
			"Estimates by event organizers indicate roughly one million people marched in London on Saturday during an anti-Brexit march. There were several speakers at the rally, including First Minister of Scotland Nicola Sturgeon, Labour MP (Member of Parliament) Tom Watson, and Sadiq Khan.",
			[]tEnt{place("London", "London"), country("Scotland", "Scotland"), person("Nicola Sturgeon", "Nicola Sturgeon"), org("Labour Party", "Labour"), person("Tom Watson", "Tom Watson"), person("Sadiq Khan", "Sadiq Khan")},
			[]string{"protest: Nicola Sturgeon, Sadiq Khan, Tom Watson @London 2019-03-23.."}},
		// who stood in an election, from its result (the result sentences are the corpus's;
		// the first sentence of the first two names the election the corpus article tells)
		{"a body's vote for a speaker: who got the votes stood", "2019-01-04",
			"On Thursday, the House of Representatives held an election for Speaker. The new members of the House of Representatives, which include 235 Democrats and 199 Republicans, voted for Pelosi to serve as Speaker with 220 votes. Republican Kevin McCarthy, who held the post of Speaker this past term, received 192.",
			[]tEnt{person("Nancy Pelosi", "Nancy Pelosi", "Pelosi"), org("United States Congress", "United States Congress"), org("United States House of Representatives", "House of Representatives"),
				person("Kevin McCarthy", "Kevin McCarthy")},
			[]string{"election: Kevin McCarthy, Nancy Pelosi, United States House of Representatives 2019-01-03.."}},
		{"a party's vote for a leader: who ran against whom, who won with votes", "2019-07-24",
			"The Conservative Party held a leadership election on Tuesday. Johnson competed for the role against Jeremy Hunt, who succeeded him as Foreign Secretary. He won with 92,153 votes, out of roughly 160,000 members of the Conservative Party that were eligible to vote.",
			[]tEnt{org("Conservative Party", "Conservative Party"), person("Boris Johnson", "Boris Johnson", "Johnson", "He@pronoun"), person("Jeremy Hunt", "Jeremy Hunt")},
			[]string{"election: Boris Johnson, Conservative Party, Jeremy Hunt 2019-07-23.."}},
		{"a party that lost seats stood", "2019-10-23",
			"On Monday, Canada held a general election to select the members of the House of Commons for the 43rd Canadian Parliament. The Liberal Party, which previously controlled a majority of the House of Commons, lost a net of 20 seats, according to preliminary reports, resulting in a minority government.",
			[]tEnt{country("Canada", "Canada"), org("House of Commons", "House of Commons"), org("Liberal Party", "Liberal Party")},
			[]string{"election: Canada, Liberal Party @Canada 2019-10-21.."}},
		{"votes of another year are another election's", "2020-10-01",
			"Jo Jorgensen is a candidate in the 2020 presidential election. In 2016, Constitution Party presidential nominee Darrell Castle received 203,091 votes, a record for the party.",
			[]tEnt{person("Jo Jorgensen", "Jo Jorgensen"), org("Constitution Party", "Constitution Party"), person("Darrell Castle", "Darrell Castle")},
			[]string{"election: Jo Jorgensen 2020-01-01..2020-12-31"}},
		{"killed by a mob: no named killer, a death", "2020-07-01",
			"Back in 2018, a Pakistani journalism student Mashal Khan was killed by a mob lynch after he was accused of blasphemy.",
			[]tEnt{country("Pakistan", "Pakistani@demonym"), person("Mashal Khan", "Mashal Khan", "he@pronoun")},
			[]string{"death: Mashal Khan 2018-01-01..2018-12-31"}},
		{"a relative's death is not the possessor's", "2019-09-28",
			"Waseem appeared in a news conference after his 2016 arrest in which he expressed no regret for his sister's death and specifically mentioned family honor.",
			[]tEnt{person("Mohammed Waseem", "Waseem", "his@pronoun", "he@pronoun")},
			[]string{"arrest: Mohammed Waseem 2016-01-01..2016-12-31"}},
		{"a described apposition with a relative clause before the verb; deaths told again", "2020-09-01",
			"On Monday, Pranab Mukherjee, a career politician who served as President of India for five years, died. His death was announced by his son Abhijit Mukherjee via Twitter. He died at the Army's Research and Referral Hospital, in New Delhi.",
			[]tEnt{person("Pranab Mukherjee", "Pranab Mukherjee", "His@pronoun"), country("India", "India"), person("Abhijit Mukherjee", "Abhijit Mukherjee", "He@pronoun"), place("New Delhi", "New Delhi")},
			[]string{"death: Pranab Mukherjee @New Delhi 2020-08-31.."}},
		{"killed, after a kin apposition; not the speaker's death", "2019-09-15",
			"On Saturday, in a brief but official statement, US President Donald Trump said Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden, has been killed.",
			[]tEnt{country("United States", "US"), person("Donald Trump", "President Donald Trump"), person("Hamza bin Laden", "Hamza bin Laden"),
				org("al-Qaeda", "Al-Qaeda"), person("Osama bin Laden", "Osama bin Laden")},
			[]string{"death: Hamza bin Laden 2019-09-15.."}},
		{"died, after a long relative clause", "2020-12-28",
			"US professional wrestler Jon Huber, who performed for WWE (World Wrestling Entertainment) under the ring name Luke Harper and for AEW (All Elite Wrestling) under the ring name Brodie Lee, died on Saturday.",
			[]tEnt{country("United States", "US"), person("Jon Huber", "Jon Huber"), org("WWE", "WWE"), org("AEW", "AEW")},
			[]string{"death: Jon Huber 2020-12-26.."}},
		{"a subject pronoun's death is the death told before", "2019-10-18",
			"Early yesterday morning, United States Representative Elijah Cummings died while in hospice care. At 2:45 a.m. local time (0645 UTC), his office said, he died at Gilchrist Hospice Care.",
			[]tEnt{country("United States", "United States"), person("Elijah Cummings", "Elijah Cummings"), person("Donald Trump", "his@pronoun", "he@pronoun")},
			[]string{"death: Elijah Cummings 2019-10-17.."}},
		{"an alleged death is no death", "2019-08-01",
			"The alleged death of Hamza was previously in the news at the end of July based on unconfirmed reports.",
			[]tEnt{person("Hamza bin Laden", "Hamza")}, nil},
		{"a funeral to come, of who died in a relative clause", "2019-10-12",
			"Sputnik News reported Leonov, who died in Moscow, will be buried at the Federal Military Memorial Cemetery on Tuesday.",
			[]tEnt{org("Sputnik News", "Sputnik News"), person("Alexei Leonov", "Leonov"), place("Moscow", "Moscow"), place("Federal Military Memorial Cemetery", "Federal Military Memorial Cemetery")},
			[]string{"death: Alexei Leonov @Moscow 2019-10-12..", "funeral: Alexei Leonov @Federal Military Memorial Cemetery 2019-10-15.."}},
		{"a wished death is no death", "2020-08-31",
			"The hashtag #WrongTrump went viral on Twitter shortly after, suggesting users wished for the President's death.",
			[]tEnt{org("Twitter", "Twitter"), person("Donald Trump", "President")}, nil},
		// funerals
		{"the funeral of, the burial of the same", "2020-01-08",
			"During the funeral of Iranian commander General Qasem Soleimani on Tuesday, a stampede erupted, resulting in a several-hours postponement of Soleimani's burial, according to state media.",
			[]tEnt{country("Iran", "Iranian@demonym"), person("Qasem Soleimani", "Qasem Soleimani", "Soleimani")},
			[]string{"funeral: Qasem Soleimani 2020-01-07.."}},
		{"who attended the funeral, of the death told before", "2020-08-01",
			"John Lewis died on July 17. Three former presidents including Barack Obama attended the funeral.",
			[]tEnt{person("John Lewis", "John Lewis"), person("Barack Obama", "Barack Obama")},
			[]string{"death: John Lewis 2020-07-17..", "funeral: Barack Obama, John Lewis 2020-08-01.."}},
		// justice
		{"arrested, at a place", "2019-06-26",
			"Zhukovskyy was arrested Monday at his home in the neighboring state of Massachusetts and waived extradition to New Hampshire.",
			[]tEnt{person("Volodymyr Zhukovskyy", "Zhukovskyy", "his@pronoun"), place("Massachusetts", "Massachusetts"), place("New Hampshire", "New Hampshire")},
			[]string{"arrest: Volodymyr Zhukovskyy @Massachusetts 2019-06-24.."}},
		{"arrested, in a relative clause after another", "2020-07-31",
			"Maria Kalesnikava spoke, who headed the campaign of Viktar Babaryka, who was arrested and banned from the election.",
			[]tEnt{person("Maria Kalesnikava", "Maria Kalesnikava"), person("Viktar Babaryka", "Viktar Babaryka")},
			[]string{"arrest: Viktar Babaryka 2020-07-31.."}},
		{"a name inside the subject's phrase is not who was arrested", "2020-09-28",
			"A man suspected to have supplied the gun to De Zoysa was arrested in Norfolk at 2am local time (0100 UTC) on Sunday.",
			[]tEnt{person("Louis De Zoysa", "De Zoysa"), place("Norfolk", "Norfolk")}, nil},
		{"charged with", "2020-02-15",
			"Avenatti was charged with three distinct crimes: transmission of interstate communications with intent to extort, attempted extortion, and honest services wire fraud.",
			[]tEnt{person("Michael Avenatti", "Avenatti")},
			[]string{"charge: Michael Avenatti 2020-02-15.."}},
		{"charges against", "2019-10-17",
			"Jong Woo Son is already in prison in South Korea, but yesterday the United States Department of Justice unsealed further charges against him.",
			[]tEnt{person("Jong Woo Son", "Jong Woo Son", "him@pronoun"), country("South Korea", "South Korea"), org("United States Department of Justice", "United States Department of Justice")},
			[]string{"charge: Jong Woo Son, United States Department of Justice 2019-10-16.."}},
		{"sentenced by a judge", "2019-03-14",
			"Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months in federal prison.",
			[]tEnt{person("Paul Manafort", "Paul Manafort"), person("Amy Berman Jackson", "Amy Berman Jackson")},
			[]string{"sentencing: Amy Berman Jackson, Paul Manafort 2019-03-14.."}},
		{"a name in a phrase of the subject was not sentenced", "2019-03-14",
			"A former advisor for U.S. President Donald Trump was sentenced in U.S. Federal Court on Wednesday.",
			[]tEnt{country("United States", "U.S."), trump, org("U.S. Federal Court", "Federal Court")}, nil},
		{"tried by a court", "2019-09-28",
			"Even though Waseem confessed to acting alone, several alleged accomplices, including Muslim cleric Mufti Abdul Qawi, were tried by the same court.",
			[]tEnt{person("Mohammed Waseem", "Waseem"), person("Mufti Abdul Qawi", "Mufti Abdul Qawi")},
			[]string{"trial: Mufti Abdul Qawi 2019-09-28.."}},
		{"a trial that would follow is none", "2019-11-01",
			"If the House of Representatives votes to impeach President Trump, he would then face trial in the Senate.",
			[]tEnt{org("House of Representatives", "House of Representatives"), trump, person("Donald Trump", "he@pronoun"), org("United States Senate", "Senate")}, nil},
		{"convicted of", "2019-09-27",
			"Chirac was convicted of corruption, stemming from his years as mayor, in 2011.",
			[]tEnt{person("Jacques Chirac", "Chirac", "his@pronoun")},
			[]string{"verdict: Jacques Chirac 2011-01-01..2011-12-31"}},
		{"impeached", "2019-12-19",
			"On Wednesday, the United States House of Representatives impeached President Donald Trump over complaints arising from an alleged abuse of power.",
			[]tEnt{org("United States House of Representatives", "United States House of Representatives"), trump},
			[]string{"impeachment: Donald Trump, United States House of Representatives 2019-12-18.."}},
		{"an investigation of somebody by its possessor", "2019-10-17",
			"It was the NCA's investigation of Matthew Falder which led to the discovery of the South Korean website.",
			[]tEnt{org("National Crime Agency", "NCA"), person("Matthew Falder", "Matthew Falder"), country("South Korea", "South Korean@demonym")},
			[]string{"investigation: Matthew Falder, National Crime Agency 2019-10-17.."}},
		{"an investigation of a possessed thing names no target", "2019-12-19",
			"The abuse of power charge stemmed from allegations Trump tried to pressure the Ukrainian government to launch an investigation of Joe Biden's son.",
			[]tEnt{trump, country("Ukraine", "Ukrainian@demonym"), person("Joe Biden", "Joe Biden")}, nil},
		// appointments
		{"appointed somebody to an office", "2019-07-24",
			"Following the UK's Brexit vote, Theresa May appointed him Foreign Secretary, which he served as until 2018.",
			[]tEnt{country("United Kingdom", "UK"), person("Theresa May", "Theresa May"), person("Boris Johnson", "him@pronoun", "he@pronoun")},
			[]string{"appointment: Boris Johnson, Theresa May 2019-07-24.."}},
		{"nominated by", "2020-10-01",
			"President Trump nominated Federal Judge Amy Coney Barrett for the seat.",
			[]tEnt{trump, person("Amy Coney Barrett", "Amy Coney Barrett")},
			[]string{"nomination: Amy Coney Barrett, Donald Trump 2020-10-01.."}},
		{"a nomination for an award is no office", "2019-05-16",
			"Though she was nominated for the Oscar for the 1959 romantic comedy Pillow Talk, opposite Rock Hudson, Day personally considered her best film performance to be her portrayal of singer Ruth Etting.",
			[]tEnt{person("Doris Day", "she@pronoun", "Day", "her@pronoun"), person("Rock Hudson", "Rock Hudson"), person("Ruth Etting", "Ruth Etting")}, nil},
		// violence
		{"assassinated, in a relative clause", "2019-09-02",
			"Robert F. Kennedy was the brother of U.S. President John F. Kennedy, who had himself been assassinated in 1963.",
			[]tEnt{person("Robert F. Kennedy", "Robert F. Kennedy"), country("United States", "U.S."), person("John F. Kennedy", "John F. Kennedy")},
			[]string{"assassination: John F. Kennedy 1963-01-01..1963-12-31"}},
		{"shot somebody", "2019-11-30",
			"Police arrived and shot him dead.",
			[]tEnt{person("Usman Khan", "him@pronoun")},
			[]string{"shooting: Usman Khan 2019-11-30.."}},
		{"stabbed, with the victim's title and city in apposition", "2019-01-14",
			"An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage at a fundraising event.",
			[]tEnt{person("Paweł Adamowicz", "Paweł Adamowicz"), country("Poland", "Polish@demonym"), place("Gdańsk", "Gdańsk")},
			[]string{"stabbing: Paweł Adamowicz 2019-01-13.."}},
		{"detained the man, later identified as", "2020-06-22",
			"Thames Valley Police soon arrived and detained the man, later identified as Khairi Saadallah.",
			[]tEnt{org("Thames Valley Police", "Thames Valley Police"), person("Khairi Saadallah", "Khairi Saadallah")},
			[]string{"detention: Khairi Saadallah, Thames Valley Police 2020-06-22.."}},
		{"a coup that removed a prime minister", "2019-03-24",
			"A military coup removed then-prime-minister Thaksin Shinawatra in 2006.",
			[]tEnt{person("Thaksin Shinawatra", "Thaksin Shinawatra")},
			[]string{"coup: Thaksin Shinawatra 2006-01-01..2006-12-31"}},
		// Constructed: the corpus has no overthrow outside the held-out articles.
		{"overthrowing somebody: the subject of the clause; a backer takes no part", "2021-02-02",
			"General Min Aung Hlaing took power in 2021 after overthrowing the elected leader, Aung San Suu Kyi. His seizure of power was a China-backed coup, critics said.",
			[]tEnt{person("Min Aung Hlaing", "Min Aung Hlaing", "His@pronoun"), person("Aung San Suu Kyi", "Aung San Suu Kyi"), country("China", "China")},
			[]string{"coup: Aung San Suu Kyi, Min Aung Hlaing 2021-01-01..2021-12-31"}},
		{"another attack is not the one told before", "2019-01-24",
			"Dozens died in the attack, reportedly conducted by the Taliban. Last week a Kabul car bombing killed five and wounded 110, another attack ascribed to the Taliban.",
			[]tEnt{org("Taliban", "Taliban"), place("Kabul", "Kabul")},
			[]string{"attack: Taliban 2019-01-24..", "bombing: Taliban @Kabul 2019-01-14..2019-01-20"}},
		// disasters
		{"an earthquake struck a country", "2019-07-14",
			"At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck Surigao del Sur, Philippines, injuring at least 25 people and damaging churches, houses, and other infrastructure, according to Philippine officials.",
			[]tEnt{country("Philippines", "Philippines", "Philippine@demonym")},
			[]string{"earthquake: Philippines 2019-07-12.."}}, // the nearest date is the UTC one
		{"a storm's name is the storm; a denied landfall strikes nothing", "2019-09-15",
			"Tropical Storm Humberto strengthened into a hurricane on Saturday. According to the Miami Herald, Humberto is not expected to make landfall in the United States or in the Bahamas.",
			[]tEnt{org("Miami Herald", "Miami Herald"), country("United States", "United States"), country("Bahamas", "Bahamas")}, nil},
		{"a named hurricane in a place", "2019-09-02",
			"In an advisory issued at 11:00 a.m. local time today (1500 UTC) the National Hurricane Center (NHC) reported Hurricane Dorian in the Caribbean had strengthened into a Category 5 hurricane. Dorian made landfall on Elbow Cay in the Bahamas.",
			[]tEnt{org("National Hurricane Center", "National Hurricane Center", "NHC"), place("Caribbean", "Caribbean"), place("Elbow Cay", "Elbow Cay"), country("Bahamas", "Bahamas")},
			[]string{"hurricane: Bahamas @Caribbean 2019-09-02.."}},
		{"an outbreak in a country", "2020-03-14",
			"The proclamation specifically said \"the COVID-19 outbreak in the United States constitutes a national emergency\".",
			[]tEnt{country("United States", "United States")},
			[]string{"outbreak: United States @United States 2020-03-14.."}},
		// accidents
		{"a plane crashed, operated by a country's military", "2019-01-15",
			"A Boeing 707 cargo plane, reported by local press as belonging to the Iranian military, crashed into houses in Karaj, near Tehran, the Iranian capital, yesterday.",
			[]tEnt{country("Iran", "Iranian@demonym"), place("Karaj", "Karaj"), place("Tehran", "Tehran")},
			[]string{"crash: Iran @Karaj 2019-01-14.."}},
		{"a building collapsed in a neighbourhood of a city of a country", "2019-02-05",
			"State media on Saturday reported a war-damaged five-storey block of flats collapsed in a former rebel-held neighbourhood of Aleppo, Syria.",
			[]tEnt{place("Aleppo", "Aleppo"), country("Syria", "Syria")},
			[]string{"collapse: Syria @Aleppo 2019-02-05.."}},
		{"a fire told twice at its places; opened fire is no fire", "2019-06-18",
			"A fire broke out yesterday at Bontddu Hall near Dolgellau in Gwynedd, Wales. Police opened fire on the suspect. Firefighters brought the fire under control by the evening.",
			[]tEnt{place("Bontddu Hall", "Bontddu Hall"), place("Dolgellau", "Dolgellau"), place("Gwynedd", "Gwynedd"), place("Wales", "Wales")},
			[]string{"fire: Bontddu Hall, Dolgellau, Gwynedd, Wales @Bontddu Hall 2019-06-17.."}},
		// acts of office
		{"signed an executive order: a signing by one", "2020-04-07",
			"Yesterday, Tony Evers, the governor of Wisconsin, signed an executive order delaying the election until June, citing the health risks posed by the COVID-19 pandemic.",
			[]tEnt{person("Tony Evers", "Tony Evers"), place("Wisconsin", "Wisconsin")},
			[]string{"signing: Tony Evers 2020-04-06.."}},
		{"a suspension by somebody at the request of another", "2019-09-12",
			"The court had been petitioned by Joanna Cherry of the Scottish National Party for a ruling on the prorogation of the UK parliament by Queen Elizabeth II at the request of Prime Minister Boris Johnson.",
			[]tEnt{person("Joanna Cherry", "Joanna Cherry"), org("Scottish National Party", "Scottish National Party"), country("United Kingdom", "UK"),
				person("Elizabeth II", "Queen Elizabeth II"), person("Boris Johnson", "Prime Minister Boris Johnson")},
			[]string{"suspension: Boris Johnson, Elizabeth II 2019-09-12.."}},
		{"a parliament suspended", "2019-09-12",
			"In the wake of Pohiva's death, Tonga's parliament, the Legislative Assembly, was suspended indefinitely according to local media.",
			[]tEnt{person("Akilisi Pohiva", "Pohiva"), country("Tonga", "Tonga"), org("Legislative Assembly", "Legislative Assembly")},
			[]string{"death: Akilisi Pohiva 2019-09-12..", "suspension: Legislative Assembly 2019-09-12.."}},
		// who did it, told apart from the event
		{"claimed responsibility for the attacks", "2019-09-15",
			"The Yemen-based Houthi movement claimed responsibility for the attacks.",
			[]tEnt{country("Yemen", "Yemen"), org("Houthi movement", "Houthi")},
			[]string{"attack: Houthi movement 2019-09-15.."}},
		{"an attack that struck a place; claimed responsibility with no attack named", "2019-01-28",
			"Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines. The Islamic State of Iraq and the Levant, which is linked to the Abu Sayyaf Group, subsequently claimed responsibility.",
			[]tEnt{place("Jolo Cathedral", "Jolo Cathedral"), place("Mindanao", "Mindanao"), country("Philippines", "Philippines"),
				org("Islamic State", "Islamic State of Iraq and the Levant"), org("Abu Sayyaf", "Abu Sayyaf Group")},
			[]string{"bombing: Islamic State, Philippines @Jolo Cathedral 2019-01-27.."}},
		{"the suspect the article names; charged in the shooting", "2019-08-08",
			"State prosecutors charged the suspect in the shooting with capital murder, they said Sunday. U.S. officials identified the suspect as 21-year-old Patrick Crusius of Allen, Texas, near the city of Dallas.",
			[]tEnt{country("United States", "U.S."), person("Patrick Crusius", "Patrick Crusius"), place("Allen", "Allen"), place("Texas", "Texas"), place("Dallas", "Dallas")},
			[]string{"charge: Patrick Crusius 2019-08-08..", "shooting: Patrick Crusius 2019-08-08.."}}, // "they said Sunday" dates the saying
		// Constructed: the corpus has no court appearance outside the held-out articles.
		{"appeared in court, charged with: one hearing, with the judge of the next sentence", "2021-03-02",
			"Maria Lopez, 34, appeared in Hamilton District Court on Monday, charged with two counts of fraud. Judge Alan Reed remanded her in custody.",
			[]tEnt{person("Maria Lopez", "Maria Lopez", "her@pronoun"), org("Hamilton District Court", "Hamilton District Court"), person("Alan Reed", "Alan Reed")},
			[]string{"hearing: Alan Reed, Maria Lopez @Hamilton District Court 2021-03-01.."}},
		// Constructed: the corpus names no event by its ordinal.
		{"the first and the second of two attacks", "2021-05-10",
			"Police arrested Jean Dupont on Friday. Prosecutors said the suspect carried out two attacks. The first attack was at a bank in Lyon. The second attack was at a school in Grenoble.",
			[]tEnt{person("Jean Dupont", "Jean Dupont"), place("Lyon", "Lyon"), place("Grenoble", "Grenoble")},
			[]string{"arrest: Jean Dupont 2021-05-07..", "attack: Jean Dupont @Lyon 2021-05-10..", "attack: Jean Dupont @Grenoble 2021-05-10.."}},
		{"protests of a country's people, in its city", "2019-11-10",
			"This took place as anti-government protests continue in Baghdad and through the southern part of Iraq.",
			[]tEnt{place("Baghdad", "Baghdad"), country("Iraq", "Iraq")},
			[]string{"protest: Iraq @Baghdad 2019-11-10.."}},
		{"protests in a city with no country named name nobody", "2019-06-12",
			"Protests continued in Hong Kong on Wednesday.",
			[]tEnt{place("Hong Kong", "Hong Kong")}, nil},
		{"who spoke after the rally was told speaks at it; an event to be held in an aside leaves the rally past", "2020-08-03",
			"On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to be held on August 9, held a rally in Minsk, Belarus.  The rally was visited by several tens of thousands of people. The rally started around 18:00 local time (1500 UTC). During the first two hours, friends and relatives of political prisoners spoke. Maria Kalesnikava spoke, who headed the campaign of Viktar Babaryka.",
			[]tEnt{person("Sviatlana Tsikhanouskaya", "Sviatlana Tsikhanouskaya"), place("Minsk", "Minsk"), country("Belarus", "Belarus", "Belarusian@demonym"),
				person("Maria Kalesnikava", "Maria Kalesnikava"), person("Viktar Babaryka", "Viktar Babaryka")},
			[]string{"election: Belarus, Sviatlana Tsikhanouskaya @Belarus 2020-08-09..", "rally: Maria Kalesnikava, Sviatlana Tsikhanouskaya @Minsk 2020-08-09.."}},
		// Constructed from the corpus rally sentence.
		{"who spoke to somebody is no speaker of the rally", "2020-10-31",
			"At the rally, Trump declared himself immune. Pence spoke to reporters later.",
			[]tEnt{trump, person("Mike Pence", "Pence")},
			[]string{"rally: Donald Trump 2020-10-31.."}},
		// Constructed: the corpus names no protester by the word.
		{"a protester named joins the protests", "2020-08-17",
			"Protests continued in Minsk on Sunday. \"We will not stop,\" said protester Maria Ivanova.",
			[]tEnt{place("Minsk", "Minsk"), person("Maria Ivanova", "Maria Ivanova")},
			[]string{"protest: Maria Ivanova @Minsk 2020-08-16.."}},
		// Constructed: the corpus has no red notice outside the held-out articles.
		{"a red notice requested by the subject of a coordinated verb", "2021-02-01",
			"Turkey issued an arrest warrant for Ali Demir and requested a red notice from Interpol.",
			[]tEnt{country("Turkey", "Turkey"), person("Ali Demir", "Ali Demir"), org("Interpol", "Interpol")},
			[]string{"arrest warrant: Ali Demir, Turkey 2021-02-01.."}},
		// Constructed: the corpus has no clinical trial outside the held-out articles.
		{"a trial of vaccines is a clinical trial, and so is the trial after it", "2021-04-01",
			"A trial of two experimental vaccines began in March in Kenya. The Kenya Medical Research Institute, which runs the trial, said results are expected in June.",
			[]tEnt{country("Kenya", "Kenya"), org("Kenya Medical Research Institute", "Kenya Medical Research Institute")},
			[]string{"clinical trial: Kenya Medical Research Institute @Kenya 2021-03-01..2021-03-31"}},
		{"a trial of drugs that names nobody makes the trial after it a clinical one", "2021-04-01",
			"Officials announced a trial of three experimental drugs was stopped early. The Kenya Medical Research Institute, which ran the trial, said results are expected in June.",
			[]tEnt{org("Kenya Medical Research Institute", "Kenya Medical Research Institute")},
			[]string{"clinical trial: Kenya Medical Research Institute 2021-04-01.."}},
		{"the current outbreak is not the one of years before", "2019-08-15",
			"The vaccine was first tested during an outbreak in Guinea in 2015. In Congo's current Ebola outbreak, over 1800 people have died.",
			[]tEnt{country("Guinea", "Guinea"), country("Democratic Republic of the Congo", "Congo")},
			[]string{"outbreak: Guinea @Guinea 2015-01-01..2015-12-31", "outbreak: Democratic Republic of the Congo 2019-08-15.."}},
		{"a disaster told in passing at a place names no participant", "2019-09-06",
			"A similar volcanic eruption in Alaska in 2008 was found to be associated with an increase in the local salmon population.",
			[]tEnt{place("Alaska", "Alaska")}, nil},
		{"a trial only allowed is none", "2019-09-06",
			"Carrie Lam said her government will withdraw a proposed bill that would have allowed China to extradite accused criminals to be tried under the mainland's criminal justice system.",
			[]tEnt{person("Carrie Lam", "Carrie Lam", "her@pronoun"), country("China", "China")}, nil},
		{"a government stands for its country", "2019-05-17",
			"The Taiwanese government held a referendum in November 2018, allowing the population to vote on same-sex marriage, and 67% came out against.",
			[]tEnt{country("Taiwan", "Taiwanese@demonym")},
			[]string{"election: Taiwan @Taiwan 2018-11-01..2018-11-30"}},
		// participants from the clause around a noun
		{"the subject of the verb a rally depends on", "2020-07-01",
			"Trump railed against the rioters during his first campaign rally since the coronavirus pandemic fully engaged the United States, on June 20 in Tulsa, Oklahoma.",
			[]tEnt{trump, person("Donald Trump", "his@pronoun"), country("United States", "United States"), place("Tulsa", "Tulsa")},
			[]string{"rally: Donald Trump 2020-06-20.."}},
		{"a rally before the subject", "2020-10-31",
			"At the rally, Trump declared himself \"immune\" and offered to kiss members of the crowd.",
			[]tEnt{trump},
			[]string{"rally: Donald Trump 2020-10-31.."}},
		// Constructed: a place before the subject, in the opening phrase.
		{"a place in the opening phrase", "2020-07-31",
			"On Thursday in Minsk, at a rally of the opposition, Sviatlana Tsikhanouskaya said the vote would be rigged.",
			[]tEnt{place("Minsk", "Minsk"), person("Sviatlana Tsikhanouskaya", "Sviatlana Tsikhanouskaya")},
			[]string{"rally: Sviatlana Tsikhanouskaya @Minsk 2020-07-30.."}},
		// murders
		{"murdered: a murder", "2019-09-27",
			"Khashoggi was murdered last October in the Saudi consulate in Istanbul, Turkey.",
			[]tEnt{person("Jamal Khashoggi", "Khashoggi"), country("Saudi Arabia", "Saudi@demonym"), place("Istanbul", "Istanbul"), country("Turkey", "Turkey")},
			[]string{"murder: Jamal Khashoggi @Istanbul 2018-10-01..2018-10-31"}},
		{"a killing told as a murder is the murder", "2019-09-27",
			"Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility for the murder of journalist Jamal Khashoggi. The CIA and other intelligence agencies reportedly believe the crown prince ordered Khashoggi's killing.",
			[]tEnt{person("Mohammad bin Salman", "Mohammad bin Salman"), country("Saudi Arabia", "Saudi Arabia"), person("Jamal Khashoggi", "Jamal Khashoggi", "Khashoggi"), org("Central Intelligence Agency", "CIA")},
			[]string{"murder: Jamal Khashoggi 2019-09-27.."}},
		// votes
		{"a legislature votes on named officials", "2019-07-20",
			"The United States House of Representatives voted to hold two current Cabinet officers, Commerce Secretary Wilbur Ross and Attorney General William Barr, in contempt of Congress, citing their refusal to disclose to Congress documents.",
			[]tEnt{org("United States House of Representatives", "United States House of Representatives"), person("Wilbur Ross", "Wilbur Ross"), person("William Barr", "William Barr"), org("United States Congress", "Congress")},
			[]string{"vote: United States House of Representatives, Wilbur Ross, William Barr 2019-07-20.."}},
		{"a vote with its count; 'to be held in contempt' is no event to come", "2019-07-20",
			"On June 12, minutes before the Oversight Committee voted to refer them to the full House to be held in contempt, Trump formally claimed the documents were subject to executive privilege.",
			[]tEnt{org("House Oversight and Reform Committee", "Oversight Committee"), trump},
			[]string{"vote: House Oversight and Reform Committee 2019-06-12.."}},
		{"'them' after two people named together as a subject are those people", "2019-07-20",
			"Barr and Ross, however, refused to hand over the documents. On June 12, minutes before the Oversight Committee voted to refer them to the full House to be held in contempt, Trump formally claimed the documents were subject to executive privilege.",
			[]tEnt{person("William Barr", "Barr"), person("Wilbur Ross", "Ross"), org("House Oversight and Reform Committee", "Oversight Committee"), trump},
			[]string{"vote: House Oversight and Reform Committee, Wilbur Ross, William Barr 2019-06-12.."}},
		{"a vote with its tally", "2020-10-29",
			"The Senate voted 70 to 20 to send the bill back to committee, where it died.",
			[]tEnt{org("United States Senate", "Senate")},
			[]string{"vote: United States Senate 2020-10-29.."}},
		{"a precedent told by inversion is no vote", "2019-07-20",
			"Only once before has Congress voted to hold a Cabinet officer in contempt while they were in office.",
			[]tEnt{org("United States Congress", "Congress")}, nil},
		{"a habit is no vote", "2019-07-24",
			"Parliament, however, has repeatedly voted against a \"no deal\" Brexit.",
			[]tEnt{org("Parliament", "Parliament")}, nil},
		{"a condition is no vote", "2019-08-08",
			"Pierluisi stated he would leave the governorship if the Senate voted against confirming him.",
			[]tEnt{person("Pedro Pierluisi", "Pierluisi"), org("Puerto Rico Senate", "Senate")}, nil},
		{"a person's vote is no event", "2019-12-19",
			"Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed both articles of impeachment, and a third, Jared Golden, voted for the first article but against the second.",
			[]tEnt{person("Collin Peterson", "Collin Peterson"), person("Jeff Van Drew", "Jeff Van Drew"), person("Jared Golden", "Jared Golden")}, nil},
		// impeachment inquiries, calls
		{"an impeachment inquiry announced, into the conduct of", "2019-09-25",
			"Yesterday afternoon, Nancy Pelosi, the Speaker of the House of Representatives, announced that she would be launching an impeachment inquiry into the conduct of United States President Donald Trump.",
			[]tEnt{person("Nancy Pelosi", "Nancy Pelosi", "she@pronoun"), org("United States House of Representatives", "House of Representatives"), country("United States", "United States"), trump},
			[]string{"impeachment inquiry: Donald Trump, Nancy Pelosi 2019-09-25.."}},
		{"who spoke to whom in a call", "2019-09-25",
			"The New York Times reported that, in a phone call in late July, Trump might have encouraged newly elected Ukrainian president Volodymyr Zelensky to investigate Hunter Biden.",
			[]tEnt{org("The New York Times", "The New York Times"), trump, country("Ukraine", "Ukrainian@demonym"), person("Volodymyr Zelensky", "Volodymyr Zelensky"), person("Hunter Biden", "Hunter Biden")},
			[]string{"call: Donald Trump, Volodymyr Zelensky 2019-07-21..2019-07-31"}},
		// who stands in an election
		{"a candidate in apposition", "2020-08-03",
			"On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian presidential election to be held on August 9, held a rally in Minsk, Belarus.",
			[]tEnt{person("Sviatlana Tsikhanouskaya", "Sviatlana Tsikhanouskaya"), country("Belarus", "Belarusian@demonym", "Belarus"), place("Minsk", "Minsk")},
			[]string{"election: Belarus, Sviatlana Tsikhanouskaya @Belarus 2020-08-09..", "rally: Sviatlana Tsikhanouskaya @Minsk 2020-08-09.."}},
		{"a candidate by a copula, through the nomination", "2019-09-25",
			"Joe Biden is a leading candidate for the Democratic nomination for the 2020 presidential election.",
			[]tEnt{person("Joe Biden", "Joe Biden")},
			[]string{"election: Joe Biden 2020-01-01..2020-12-31"}},
		{"a running mate chosen for an election", "2020-08-12",
			"Yesterday, Joe Biden, the Democratic Party's presumptive nominee for President of the United States, announced Kamala Harris as his choice for running mate in the 2020 United States presidential election.",
			[]tEnt{person("Joe Biden", "Joe Biden", "his@pronoun"), person("Kamala Harris", "Kamala Harris"), org("Democratic Party", "Democratic Party"), country("United States", "United States")},
			[]string{"election: Joe Biden, Kamala Harris, United States @United States 2020-08-12.."}},
		{"a primary won", "2020-02-14",
			"Trump, the incumbent President of the United States, won the Republican primary with more than 85% of the vote.",
			[]tEnt{trump, country("United States", "United States"), org("Republican Party", "Republican")},
			[]string{"election: Donald Trump, Republican Party, United States @United States 2020-02-14.."}},
		{"caucuses won", "2020-02-23",
			"Yesterday, United States Senator from Vermont Bernie Sanders won the Democratic Party's Nevada caucuses.",
			[]tEnt{country("United States", "United States"), place("Vermont", "Vermont"), person("Bernie Sanders", "Bernie Sanders"), org("Democratic Party", "Democratic Party"), place("Nevada", "Nevada")},
			[]string{"election: Bernie Sanders, Democratic Party @Nevada 2020-02-22.."}},
		// Constructed from corpus phrases ("Acute Primary Care Clinic", "the primary analysis").
		{"a primary care clinic is no primary", "2019-12-05",
			"Patients were taken to the primary care clinic and the primary analysis was repeated.",
			nil, nil},
		{"the candidates an article names stand in the election it tells of", "2019-02-11",
			"On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as their candidate for prime minister. The election is scheduled for March 24.",
			[]tEnt{country("Thailand", "Thailand"), org("Thai Raksa Chart Party", "Thai Raksa Chart Party"), person("Ubolratana Mahidol", "Princess Ubolratana Mahidol")},
			[]string{"election: Thai Raksa Chart Party, Ubolratana Mahidol 2019-03-24.."}},
		// Constructed: no such passing mention in the corpus names nobody.
		{"a candidacy of nobody named is no election", "2019-11-04",
			"Polls show a close race for a candidate for the 2020 presidential election.",
			nil, nil},
		{"newly elected before a name is an office told in passing", "2019-02-07",
			"Newly elected Assemblywoman Selena Torres said, \"It's really exciting to be part of this female majority.\"",
			[]tEnt{person("Selena Torres", "Selena Torres")}, nil},
		{"an arrest of people counted, not named, is the arrest by its agent, not the arrest told before", "2020-08-03",
			"Maria Kalesnikava spoke, who headed the campaign of Viktar Babaryka, who was arrested and banned from the election. Within roughly a day before the event, Belarusian KGB arrested 33 Russian individuals, claiming them to be mercenaries.",
			[]tEnt{person("Maria Kalesnikava", "Maria Kalesnikava"), person("Viktar Babaryka", "Viktar Babaryka"), org("KGB", "KGB"), country("Russia", "Russian@demonym")},
			[]string{"arrest: Viktar Babaryka 2020-08-03..", "arrest: KGB 2020-08-03.."}},
		// debates
		{"a debate of a party, with who spoke at it; a plan told of the past", "2020-08-12",
			"In March, at the Democratic Party's final presidential debate, Biden announced his plan to choose a woman to be his running mate.",
			[]tEnt{org("Democratic Party", "Democratic Party"), person("Joe Biden", "Biden", "his@pronoun")},
			[]string{"debate: Democratic Party, Joe Biden 2020-03-01..2020-03-31"}},
		{"a debate between candidates", "2020-10-29",
			"The first presidential debate between Trump and Biden took place on the penultimate day of September in Ohio.",
			[]tEnt{trump, person("Joe Biden", "Biden"), place("Ohio", "Ohio")},
			[]string{"debate: Donald Trump, Joe Biden @Ohio 2020-10-29.."}},
		// Constructed from corpus phrases ("The ongoing debate of how to", "to shut down debate in parliament").
		{"a debate of a question is no event", "2019-09-04",
			"The ongoing debate of how to regulate guns continued, and Parliament moved to shut down debate in parliament.",
			[]tEnt{org("Parliament", "Parliament")}, nil},
		// pardons
		{"granted a pardon", "2020-02-21",
			"Trump granted Bernard Bailey Kerik a full and unconditional pardon.",
			[]tEnt{trump, person("Bernard Bailey Kerik", "Bernard Bailey Kerik")},
			[]string{"pardon: Bernard Bailey Kerik, Donald Trump 2020-02-21.."}},
		{"pardoned by", "2020-12-15",
			"This was the first time Flynn made a public speech since he was pardoned by Trump.",
			[]tEnt{person("Michael Flynn", "Flynn", "he@pronoun"), trump},
			[]string{"pardon: Donald Trump, Michael Flynn 2020-12-15.."}},
		// Constructed: the corpus asks for no pardon.
		{"a pardon asked for is none", "2020-12-15",
			"His lawyers asked Trump for a pardon.",
			[]tEnt{trump}, nil},
		// rulings
		{"a judge's ruling against a party", "2019-10-10",
			"On Monday, United States District Court Judge Victor Marrero issued a ruling against President Donald Trump finding that New York City prosecutors could view his tax records.",
			[]tEnt{country("United States", "United States"), person("Victor Marrero", "Victor Marrero"), trump},
			[]string{"ruling: Donald Trump, Victor Marrero 2019-10-07.."}},
		{"a court ruled against a party's act", "2020-04-08",
			"The United States Supreme Court later ruled against Conley's extension of absentee voting as well.",
			[]tEnt{org("Supreme Court of the United States", "United States Supreme Court"), person("William Conley", "Conley")},
			[]string{"ruling: Supreme Court of the United States, William Conley 2020-04-08.."}},
		{"a ruling with no party named is none; a ruler's rule is none", "2019-09-25",
			"Johnson was impeached over violations of the Tenure of Office Act, which the Supreme Court later ruled to be unconstitutional. Mugabe ruled Zimbabwe for 37 years.",
			[]tEnt{person("Andrew Johnson", "Johnson"), org("Supreme Court", "Supreme Court"), person("Robert Mugabe", "Mugabe"), country("Zimbabwe", "Zimbabwe")},
			[]string{"impeachment: Andrew Johnson 2019-09-25.."}},
		{"the ruling party is no ruling", "2019-08-08",
			"She belongs to the ruling New Progressive Party.",
			[]tEnt{org("New Progressive Party", "New Progressive Party")}, nil},
		// emergency declarations
		{"a governor declares a state of emergency for the state of the title", "2020-09-30",
			"Wisconsin Governor Tony Evers declared a state of emergency and deployed the national guard.",
			[]tEnt{place("Wisconsin", "Wisconsin"), person("Tony Evers", "Tony Evers")},
			[]string{"emergency declaration: Tony Evers, Wisconsin 2020-09-30.."}},
		{"a government declares a state of emergency", "2019-12-05",
			"The Samoan government declared a state of emergency on November 15, shut down all schools as of November 17.",
			[]tEnt{country("Samoa", "Samoan@demonym")},
			[]string{"emergency declaration: Samoa 2019-11-15.."}},
		// Corpus sentences, shortened.
		{"a declaration possible or asked for is none", "2019-07-12",
			"Trump said on Friday he can and may declare a national state of emergency. He has requested U.S. President Donald Trump declare a state of emergency in Louisiana.",
			[]tEnt{trump, country("United States", "U.S."), place("Louisiana", "Louisiana")}, nil},
		{"the suspect named as such is the one arrested and the attacker of the one attack", "2019-01-14",
			"An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage at a fundraising event. He died today. The detained suspect's identity is restricted to 'Stefan W' owing to Polish privacy legislation.",
			[]tEnt{person("Paweł Adamowicz", "Paweł Adamowicz", "He@pronoun"), place("Gdańsk", "Gdańsk"), person("Stefan W", "Stefan W")},
			[]string{"stabbing: Paweł Adamowicz, Stefan W 2019-01-13..", "arrest: Stefan W 2019-01-14..", "death: Paweł Adamowicz 2019-01-14.."}},
		// Constructed from the corpus sentence of 337 users arrested.
		{"people arrested are not the suspect named", "2019-01-14",
			"Police said 337 suspected users were arrested after the site was found. The suspect's name is John Smith.",
			[]tEnt{person("John Smith", "John Smith")}, nil},
		{"precedents listed for comparison are no news", "2019-09-25",
			"In the history of the United States, only two presidents have been impeached: Andrew Johnson and Bill Clinton. Johnson was impeached over perceived violations of the Tenure of Office Act of 1867. In 1998, Clinton was impeached for lying to investigators.",
			[]tEnt{country("United States", "United States"), person("Andrew Johnson", "Andrew Johnson", "Johnson"), person("Bill Clinton", "Bill Clinton", "Clinton")}, nil},
		{"a trial of people not named, in a country: the country tries them", "2019-09-29",
			"A closed-door trial is underway in Saudi Arabia in which eleven individuals have been charged with the murder.",
			[]tEnt{country("Saudi Arabia", "Saudi Arabia")},
			[]string{"trial: Saudi Arabia @Saudi Arabia 2019-09-29.."}},
		// shutdowns
		{"a government shut down, with who could not agree", "2019-01-07",
			"The US government is currently partially shut down because the president and Congress could not agree on a national budget.",
			[]tEnt{country("United States", "US"), person("Donald Trump", "the president"), org("United States Congress", "Congress")},
			[]string{"shutdown: Donald Trump, United States, United States Congress 2019-01-07.."}},
		{"an airport shut down is no shutdown of government", "2019-10-03",
			"Bradley Airport was shut down after the incident and reopened later that day.",
			[]tEnt{place("Bradley Airport", "Bradley Airport")}, nil},
		// searches
		{"a search called off by who searched", "2019-09-04",
			"The United States Coast Guard (USCG) called off its search late on Tuesday.",
			[]tEnt{org("United States Coast Guard", "United States Coast Guard", "USCG", "its@pronoun")},
			[]string{"search: United States Coast Guard 2019-09-03.."}},
		// A corpus sentence, shortened.
		{"a search told to another is not the listener's", "2019-01-10",
			"Yesterday the agency told The Jakarta Post it was intending to end its search on the basis of piracy.",
			[]tEnt{org("The Jakarta Post", "The Jakarta Post", "it@pronoun", "its@pronoun")}, nil},
		// Constructed from corpus phrases.
		{"in search of, a search engine", "2019-01-10",
			"Google launched a search engine in search of new users.",
			[]tEnt{org("Google", "Google")}, nil},
		{"a second coup with its verb left out, and who it put in office", "2019-02-11",
			"A military coup removed then-prime-minister Thaksin Shinawatra in 2006, and another his sister Yingluck Shinawatra in 2014, which placed incumbent Prayuth Chan-o-cha in office.",
			[]tEnt{person("Thaksin Shinawatra", "Thaksin Shinawatra"), person("Yingluck Shinawatra", "Yingluck Shinawatra"), person("Prayuth Chan-o-cha", "Prayuth Chan-o-cha")},
			[]string{"coup: Thaksin Shinawatra 2006-01-01..2006-12-31", "coup: Prayuth Chan-o-cha, Yingluck Shinawatra 2014-01-01..2014-12-31"}},
		// ousters
		{"a coalition led by a country ousts a ruler", "2019-11-10",
			"The current government of Iraq was established in 2003 after a U.S.-led coalition ousted Saddam Hussein.",
			[]tEnt{country("Iraq", "Iraq"), country("United States", "U.S."), person("Saddam Hussein", "Saddam Hussein")},
			[]string{"ouster: Saddam Hussein, United States 2003-01-01..2003-12-31"}},
		{"a person who ousts another fires them", "2019-09-10",
			"On Tuesday, Trump ousted national security advisor John Bolton.",
			[]tEnt{trump, person("John Bolton", "John Bolton")},
			[]string{"firing: Donald Trump, John Bolton 2019-09-10.."}},
		// lawsuits
		{"filed a lawsuit against", "2020-03-14",
			"On Thursday, the American Civil Liberties Union of Montana and Native American Rights Fund filed a lawsuit against the state of Montana over its 2018 Ballot Interference Prevention Act.",
			[]tEnt{org("American Civil Liberties Union of Montana", "American Civil Liberties Union of Montana"), org("Native American Rights Fund", "Native American Rights Fund"), place("Montana", "Montana")},
			[]string{"lawsuit: American Civil Liberties Union of Montana, Montana, Native American Rights Fund 2020-03-12.."}},
		{"her lawsuit against", "2020-02-15",
			"Yesterday, a United States federal jury convicted Michael Avenatti, the California lawyer who represented porn star Stormy Daniels in her lawsuit against US President Donald Trump, of trying to extort Nike.",
			[]tEnt{person("Michael Avenatti", "Michael Avenatti"), person("Stormy Daniels", "Stormy Daniels", "her@pronoun"), trump, country("United States", "United States", "US"), org("Nike", "Nike")},
			[]string{"verdict: Michael Avenatti 2020-02-14..", "lawsuit: Donald Trump, Stormy Daniels 2020-02-15.."}},
		{"joined in the legal action by the states", "2019-02-21",
			"Becerra is joined in this legal action by attorneys general from Maine, New York, and Hawaii.",
			[]tEnt{person("Xavier Becerra", "Becerra"), place("Maine", "Maine"), place("New York", "New York"), place("Hawaii", "Hawaii")},
			[]string{"lawsuit: Hawaii, Maine, New York, Xavier Becerra 2019-02-21.."}},
		// Constructed: the corpus threatens no lawsuit.
		{"a lawsuit threatened is none", "2019-10-10",
			"President Trump said he will sue Manhattan District Attorney Cyrus R. Vance.",
			[]tEnt{trump, person("Cyrus R. Vance", "Cyrus R. Vance")}, nil},
		// Constructed: the corpus has no "military action" with names.
		{"military action is no lawsuit", "2020-01-08",
			"Iran threatened military action against the United States.",
			[]tEnt{country("Iran", "Iran"), country("United States", "United States")}, nil},
		{"what was discussed during a summit is no participant", "",
			"Witkoff said five Ukrainian regions were discussed during the summit.",
			[]tEnt{person("Steve Witkoff", "Witkoff"), country("Ukraine", "Ukrainian@demonym")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ruleDraft(t, tt.published, tt.text, tt.ents...)
			runFacts(t, d)
			var got []string
			for _, e := range d.Events {
				got = append(got, eventString(d, e))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got events\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// TestEventRelations checks the relations events state (eventRelations).
func TestEventRelations(t *testing.T) {
	tests := []struct {
		name string
		text string
		ents []tEnt
		want []string
	}{
		{"an impeachment accuses",
			"On Wednesday, the United States House of Representatives impeached President Donald Trump over complaints arising from an alleged abuse of power.",
			[]tEnt{org("United States House of Representatives", "United States House of Representatives"), person("Donald Trump", "President Donald Trump")},
			[]string{"United States House of Representatives accuses Donald Trump"}},
		{"charges announced against somebody",
			"Jong Woo Son is already in prison in South Korea, but yesterday the United States Department of Justice unsealed further charges against him.",
			[]tEnt{person("Jong Woo Son", "Jong Woo Son", "him@pronoun"), country("South Korea", "South Korea"), org("United States Department of Justice", "United States Department of Justice")},
			[]string{"United States Department of Justice accuses Jong Woo Son"}},
		// Constructed: the corpus has these only in the held-out articles.
		{"a warrant for somebody accuses",
			"Turkey issued an arrest warrant for Ali Demir and requested a red notice from Interpol.",
			[]tEnt{country("Turkey", "Turkey"), person("Ali Demir", "Ali Demir"), org("Interpol", "Interpol")},
			[]string{"Turkey accuses Ali Demir"}},
		{"who backs an event supports who carries it out",
			"General Min Aung Hlaing took power in 2021 after overthrowing the elected leader, Aung San Suu Kyi. His seizure of power was a China-backed coup, critics said.",
			[]tEnt{person("Min Aung Hlaing", "Min Aung Hlaing", "His@pronoun"), person("Aung San Suu Kyi", "Aung San Suu Kyi"), country("China", "China")},
			[]string{"China supports Min Aung Hlaing"}},
		{"who opens an impeachment inquiry into somebody accuses them",
			"Yesterday afternoon, Nancy Pelosi, the Speaker of the House of Representatives, announced that she would be launching an impeachment inquiry into the conduct of United States President Donald Trump.",
			[]tEnt{person("Nancy Pelosi", "Nancy Pelosi", "she@pronoun"), org("United States House of Representatives", "House of Representatives"), country("United States", "United States"), person("Donald Trump", "President Donald Trump")},
			[]string{"Nancy Pelosi accuses Donald Trump"}},
		{"who sues somebody opposes them",
			"Yesterday, a federal jury convicted Michael Avenatti, the lawyer who represented Stormy Daniels in her lawsuit against US President Donald Trump.",
			[]tEnt{person("Michael Avenatti", "Michael Avenatti"), person("Stormy Daniels", "Stormy Daniels", "her@pronoun"), country("United States", "US"), person("Donald Trump", "President Donald Trump")},
			[]string{"Stormy Daniels opposes Donald Trump"}},
		{"who sues over somebody's act opposes them",
			"On Monday, attorneys general from sixteen states filed a combined lawsuit against the state of emergency United States President Donald Trump declared last Friday. Becerra is joined in this legal action by attorneys general from Maine and Hawaii.",
			[]tEnt{country("United States", "United States"), person("Donald Trump", "President Donald Trump"), person("Xavier Becerra", "Becerra"), place("Maine", "Maine"), place("Hawaii", "Hawaii")},
			[]string{"Xavier Becerra opposes Donald Trump"}},
		{"an arrest accuses nobody",
			"Zhukovskyy was arrested Monday at his home in the neighboring state of Massachusetts by state police.",
			[]tEnt{person("Volodymyr Zhukovskyy", "Zhukovskyy", "his@pronoun"), place("Massachusetts", "Massachusetts")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ruleDraft(t, "2020-01-01", tt.text, tt.ents...)
			runFacts(t, d)
			var got []string
			for _, r := range d.Relations {
				got = append(got, relationString(d, r))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got relations\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// FuzzEventsRelations runs the whole pipeline over any text: no panic; every event is of
// a kind of the vocabulary, with known participants and place and evidence inside the
// text; every relation joins two different known entities.
func FuzzEventsRelations(f *testing.F) {
	f.Add("2019-08-08", "State prosecutors charged the suspect in the shooting with capital murder. U.S. officials identified the suspect as Patrick Crusius.")
	f.Add("2019-01-28", "Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines. The Islamic State subsequently claimed responsibility.")
	f.Add("2020-09-01", "On Monday, Pranab Mukherjee, a career politician who served as President of India, died. His death was announced by his son.")
	f.Add("", "Hurricane Dorian hit the Bahamas. Dorian, the\nfirst attack, the second attack, the accused, red notice for")
	f.Add("2021-01-01", "Biden criticized the move. the territory, which was occupied by Israel, -backed in protest against")
	f.Add("2019-07-20", "The House voted 230 to 198 to hold two officers, Ross and Barr, in contempt. only two presidents have been impeached: Johnson and Clinton. only")
	f.Add("2019-02-21", "Becerra sued Trump, joined in this legal action by Maine. Trump granted Kerik a full pardon. Trump declared a state of emergency, declare")
	f.Add("2020-08-03", "X, a candidate for the election to be held on August 9, held a rally. She spoke. as their candidate for the court ruled against its")
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, date, text string) {
		doc, err := x.Extract(context.Background(), Article{Date: date, Text: text})
		if err != nil {
			return
		}
		ids := map[Ref]bool{}
		for _, e := range doc.Entities {
			ids[Ref(e.ID)] = true
		}
		in := func(ev Evidence) bool {
			return ev.Start >= 0 && ev.Start <= ev.End && ev.End <= len(text) && ev.Confidence > 0 && ev.Confidence <= 1
		}
		for _, e := range doc.Events {
			if _, ok := schema.ParseEventKind(e.Type); !ok {
				t.Fatalf("event type %q is no kind of the vocabulary", e.Type)
			}
			if len(e.Participants) == 0 || (e.Place != "" && !ids[e.Place]) || !in(e.Evidence) {
				t.Fatalf("event %+v: no participant, unknown place or evidence outside the text", e)
			}
			for _, p := range e.Participants {
				if !ids[p] {
					t.Fatalf("event %s has unknown participant %q", e.Type, p)
				}
			}
		}
		for _, r := range doc.Relations {
			if !ids[r.Subject] || !ids[r.Object] || r.Subject == r.Object || !in(r.Evidence) {
				t.Fatalf("relation %+v on unknown or equal entities, or evidence outside the text", r)
			}
		}
	})
}
