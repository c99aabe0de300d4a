package extract

// The project's own tables, for what the Go modules behind the gazetteer lack: common
// country names and aliases (biter777/countries names Russia "Russian Federation"),
// demonyms, international organizations, news media, government bodies, and geographic
// names that are neither countries nor cities. Each line is one entry; fields are
// separated by "|", the first name is the canonical one.

// countryNames overrides or adds names of countries, by ISO 3166-1 alpha-2 code:
// "CODE|Canonical|alias|alias...". Codes that biter777/countries lacks (former states)
// are added.
const countryNames = `
US|United States|U.S.|US|USA|U.S.A.|United States of America|America
GB|United Kingdom|UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland
RU|Russia|Russian Federation
IR|Iran|Islamic Republic of Iran|Iran (Islamic Republic of)
SY|Syria|Syrian Arab Republic
KP|North Korea|DPRK|Democratic People's Republic of Korea
KR|South Korea|Republic of Korea|ROK
LY|Libya|State of Libya|Libyan Arab Jamahiriya
TW|Taiwan|Republic of China|Taiwan (Province of China)
TZ|Tanzania|United Republic of Tanzania|Tanzania (United Republic of)
MD|Moldova|Republic of Moldova|Moldova (Republic of)
MK|North Macedonia|Macedonia|Republic of North Macedonia|North Macedonia (Republic of North Macedonia)
FM|Micronesia|Federated States of Micronesia|Micronesia (Federated States of)
VA|Vatican City|Holy See|Vatican|Holy See (Vatican City State)
HK|Hong Kong|Hong Kong (Special Administrative Region of China)
MO|Macau|Macao|Macau (Special Administrative Region of China)
LA|Laos|Lao People's Democratic Republic
VN|Vietnam|Viet Nam
BN|Brunei|Brunei Darussalam
CZ|Czech Republic|Czechia
CI|Ivory Coast|Côte d'Ivoire|Cote d'Ivoire
CD|Democratic Republic of the Congo|DRC|DR Congo|Congo-Kinshasa|Democratic Republic of Congo|Congo
CG|Republic of the Congo|Congo-Brazzaville
SZ|Eswatini|Swaziland
TL|East Timor|Timor-Leste|Timor-Leste (East Timor)
PS|Palestine|State of Palestine|Palestinian Territory (Occupied)|Palestinian territories
MM|Myanmar|Burma
CV|Cape Verde|Cabo Verde
TR|Turkey|Türkiye|Republic of Turkey
FK|Falkland Islands|Falklands|Falkland Islands (Malvinas)
AE|United Arab Emirates|UAE|U.A.E.|Emirates
SA|Saudi Arabia|Kingdom of Saudi Arabia|KSA
NL|Netherlands|Holland|Kingdom of the Netherlands
DE|Germany|Federal Republic of Germany
FR|France|French Republic
IT|Italy|Italian Republic
GR|Greece|Hellenic Republic
CY|Cyprus|Republic of Cyprus
EG|Egypt|Arab Republic of Egypt
CN|China|People's Republic of China|PRC
BR|Brazil|Federative Republic of Brazil|Brasil
NG|Nigeria|Federal Republic of Nigeria
BJ|Benin|Republic of Benin
NE|Niger|Republic of Niger
KZ|Kazakhstan
BO|Bolivia|Plurinational State of Bolivia
VE|Venezuela|Bolivarian Republic of Venezuela
XK|Kosovo|Republic of Kosovo
GM|Gambia|The Gambia
BS|Bahamas|The Bahamas
PH|Philippines|The Philippines
SU|Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics
YU|Yugoslavia
CS|Czechoslovakia
DD|East Germany|German Democratic Republic|GDR
IE|Ireland|Republic of Ireland|Irish Republic|Éire
`

// notCountries are entries of biter777/countries typed as places rather than countries:
// uninhabited lands, and territories that are not sovereign states (Hong Kong, Puerto
// Rico, Greenland, the Falklands ...).
const notCountries = `AQ BV HM UM TF IO GS AN HK MO PR GU VI AS MP GL FO GI BM KY VG AI MS TC FK PN SH CX
CC NF NU CK TK WF PF NC PM YT RE GP MQ GF BL MF SX CW AW BQ JE GG IM AX SJ EH`

// demonyms maps country codes to the adjectives and nouns for their people:
// "CODE|Adjective|Plural|...". "Russian" -> RU.
const demonyms = `
AF|Afghan|Afghans
AL|Albanian|Albanians
DZ|Algerian|Algerians
AO|Angolan|Angolans
AR|Argentine|Argentinian|Argentines|Argentinians
AM|Armenian|Armenians
AU|Australian|Australians
AT|Austrian|Austrians
AZ|Azerbaijani|Azeri|Azerbaijanis
BS|Bahamian|Bahamians
BH|Bahraini|Bahrainis
BD|Bangladeshi|Bangladeshis
BB|Barbadian|Barbadians
BY|Belarusian|Belarusians|Belarussian
BE|Belgian|Belgians
BZ|Belizean
BJ|Beninese|Beninois
BT|Bhutanese
BO|Bolivian|Bolivians
BA|Bosnian|Bosnians
BW|Botswanan|Motswana|Batswana
BR|Brazilian|Brazilians
BN|Bruneian
BG|Bulgarian|Bulgarians
BF|Burkinabe|Burkinabé
BI|Burundian|Burundians
KH|Cambodian|Cambodians
CM|Cameroonian|Cameroonians
CA|Canadian|Canadians
CV|Cape Verdean
TD|Chadian|Chadians
CL|Chilean|Chileans
CN|Chinese
CO|Colombian|Colombians
KM|Comorian
CD|Congolese
CR|Costa Rican|Costa Ricans
HR|Croatian|Croat|Croats|Croatians
CU|Cuban|Cubans
CY|Cypriot|Cypriots
CZ|Czech|Czechs
DK|Danish|Dane|Danes
DJ|Djiboutian
DO|Dominican|Dominicans
EC|Ecuadorian|Ecuadorean|Ecuadorians
EG|Egyptian|Egyptians
SV|Salvadoran|Salvadorean|Salvadorans
GQ|Equatoguinean|Equatorial Guinean
ER|Eritrean|Eritreans
EE|Estonian|Estonians
SZ|Swazi|Emaswati
ET|Ethiopian|Ethiopians
FJ|Fijian|Fijians
FI|Finnish|Finn|Finns
FR|French|Frenchman|Frenchwoman
GA|Gabonese
GM|Gambian|Gambians
GE|Georgian|Georgians
DE|German|Germans
GH|Ghanaian|Ghanaians
GR|Greek|Greeks
GD|Grenadian
GT|Guatemalan|Guatemalans
GN|Guinean|Guineans
GW|Bissau-Guinean
GY|Guyanese
HT|Haitian|Haitians
HN|Honduran|Hondurans
HU|Hungarian|Hungarians
IS|Icelandic|Icelander|Icelanders
IN|Indian|Indians
ID|Indonesian|Indonesians
IR|Iranian|Iranians
IQ|Iraqi|Iraqis
IE|Irish|Irishman
IL|Israeli|Israelis
IT|Italian|Italians
CI|Ivorian|Ivorians
JM|Jamaican|Jamaicans
JP|Japanese
JO|Jordanian|Jordanians
KZ|Kazakh|Kazakhstani|Kazakhs
KE|Kenyan|Kenyans
KP|North Korean|North Koreans
KR|South Korean|South Koreans
XK|Kosovar|Kosovan|Kosovars
KW|Kuwaiti|Kuwaitis
KG|Kyrgyz|Kyrgyzstani
LA|Laotian|Lao
LV|Latvian|Latvians
LB|Lebanese
LR|Liberian|Liberians
LY|Libyan|Libyans
LI|Liechtensteiner
LT|Lithuanian|Lithuanians
LU|Luxembourgish|Luxembourger
MG|Malagasy
MW|Malawian|Malawians
MY|Malaysian|Malaysians
MV|Maldivian|Maldivians
ML|Malian|Malians
MT|Maltese
MH|Marshallese
MR|Mauritanian|Mauritanians
MU|Mauritian|Mauritians
MX|Mexican|Mexicans
FM|Micronesian
MD|Moldovan|Moldovans
MC|Monegasque
MN|Mongolian|Mongolians
ME|Montenegrin|Montenegrins
MA|Moroccan|Moroccans
MZ|Mozambican|Mozambicans
MM|Burmese
NA|Namibian|Namibians
NR|Nauruan
NP|Nepalese|Nepali
NL|Dutch|Dutchman
NZ|New Zealander|New Zealanders
NI|Nicaraguan|Nicaraguans
NE|Nigerien|Nigeriens
NG|Nigerian|Nigerians
MK|Macedonian|Macedonians
NO|Norwegian|Norwegians
OM|Omani|Omanis
PK|Pakistani|Pakistanis
PW|Palauan
PS|Palestinian|Palestinians
PA|Panamanian|Panamanians
PG|Papua New Guinean
PY|Paraguayan|Paraguayans
PE|Peruvian|Peruvians
PH|Filipino|Philippine|Filipinos
PL|Polish|Pole|Poles
PT|Portuguese
QA|Qatari|Qataris
RO|Romanian|Romanians
RU|Russian|Russians
RW|Rwandan|Rwandans
WS|Samoan|Samoans
SA|Saudi|Saudi Arabian|Saudis
SN|Senegalese
RS|Serbian|Serb|Serbs|Serbians
SC|Seychellois
SL|Sierra Leonean
SG|Singaporean|Singaporeans
SK|Slovak|Slovakian|Slovaks
SI|Slovenian|Slovene|Slovenians
SO|Somali|Somalian|Somalis
ZA|South African|South Africans
SS|South Sudanese
ES|Spanish|Spaniard|Spaniards
LK|Sri Lankan|Sri Lankans
SD|Sudanese
SR|Surinamese
SE|Swedish|Swede|Swedes
CH|Swiss
SY|Syrian|Syrians
TW|Taiwanese
TJ|Tajik|Tajikistani
TZ|Tanzanian|Tanzanians
TH|Thai
TL|Timorese
TG|Togolese
TO|Tongan
TT|Trinidadian
TN|Tunisian|Tunisians
TR|Turkish|Turk|Turks
TM|Turkmen
UG|Ugandan|Ugandans
UA|Ukrainian|Ukrainians
AE|Emirati|Emiratis
GB|British|Briton|Britons|Brit|Brits
US|American|Americans
UY|Uruguayan|Uruguayans
UZ|Uzbek|Uzbekistani|Uzbeks
VU|Vanuatuan
VE|Venezuelan|Venezuelans
VN|Vietnamese
YE|Yemeni|Yemenis
ZM|Zambian|Zambians
ZW|Zimbabwean|Zimbabweans
TW|Taiwanese
SU|Soviet
YU|Yugoslav|Yugoslavian
`

// organizations lists international organizations, alliances, armed groups, news media,
// platforms and well-known government bodies: "Canonical|alias|alias...". All-capital
// aliases of up to five letters match only in capitals ("WHO", never "who").
const organizations = `
United Nations|UN|U.N.
United Nations Security Council|UN Security Council|U.N. Security Council|UNSC|Security Council
United Nations General Assembly|UN General Assembly|U.N. General Assembly|UNGA|General Assembly
United Nations Human Rights Council|UN Human Rights Council|UNHRC|Human Rights Council
United Nations High Commissioner for Refugees|UNHCR|UN Refugee Agency|UN refugee agency
United Nations Children's Fund|UNICEF
UNESCO|United Nations Educational, Scientific and Cultural Organization
World Food Programme|WFP|World Food Program
World Health Organization|WHO|World Health Organisation
World Trade Organization|WTO|World Trade Organisation
International Monetary Fund|IMF
World Bank
NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato
European Union|EU|E.U.
European Commission
European Parliament
European Council
European Central Bank|ECB
Council of Europe
European Court of Human Rights|ECHR
Court of Justice of the European Union|European Court of Justice|ECJ
African Union|AU|A.U.
Arab League|League of Arab States
Association of Southeast Asian Nations|ASEAN
Organization of American States|OAS
OPEC|Organization of the Petroleum Exporting Countries
Organization for Security and Co-operation in Europe|OSCE|Organization for Security and Cooperation in Europe
G7|G-7|Group of Seven
G8|G-8|Group of Eight
G20|G-20|Group of Twenty
Group of Six|G6|G-6
BRICS
Mercosur|Mercosul|Southern Common Market
Economic Community of West African States|ECOWAS
Southern African Development Community|SADC
East African Community|EAC
Gulf Cooperation Council|GCC
Shanghai Cooperation Organisation|SCO|Shanghai Cooperation Organization
Commonwealth of Independent States|CIS
Collective Security Treaty Organization|CSTO
Eurasian Economic Union
Organisation for Economic Co-operation and Development|OECD
International Criminal Court|ICC
International Court of Justice|ICJ
Permanent Court of Arbitration
International Atomic Energy Agency|IAEA
Organisation for the Prohibition of Chemical Weapons|OPCW|Organization for the Prohibition of Chemical Weapons
International Energy Agency|IEA
Interpol
International Committee of the Red Cross|ICRC|Red Cross
International Federation of Red Cross and Red Crescent Societies|IFRC
Red Crescent
Amnesty International|Amnesty
Human Rights Watch|HRW
Greenpeace
Doctors Without Borders|Médecins Sans Frontières|MSF
World Wide Fund for Nature|WWF|World Wildlife Fund
Reporters Without Borders|Reporters Sans Frontières|RSF
Transparency International
International Olympic Committee|IOC
FIFA
UEFA
African Export–Import Bank|African Export-Import Bank|Afreximbank
African Development Bank|AfDB
Asian Development Bank|ADB
Asian Infrastructure Investment Bank|AIIB
Inter-American Development Bank|IDB
Taliban|Afghan Taliban
Hamas
Hezbollah|Hizbollah|Hizballah
Islamic State|ISIS|ISIL|Daesh|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria
al-Qaeda|Al-Qaeda|al-Qaida|Al Qaeda|al Qaeda
Boko Haram
al-Shabaab|Al-Shabaab|al-Shabab
Houthi movement|Houthis|Houthi|Ansar Allah
Muslim Brotherhood
Kurdistan Workers' Party|PKK
Syrian Democratic Forces|SDF
Wagner Group|Wagner
Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards|Revolutionary Guard
Free Syrian Army|FSA
White House
Kremlin
Pentagon
United States Department of State|State Department|US State Department|U.S. State Department|Department of State
United States Congress|Congress|US Congress|U.S. Congress
United States Senate|US Senate|U.S. Senate|Senate
United States House of Representatives|US House of Representatives|U.S. House of Representatives
Supreme Court of the United States|US Supreme Court|U.S. Supreme Court|United States Supreme Court
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
National Security Agency|NSA
Federal Reserve|Fed|US Federal Reserve
United States Department of Justice|Justice Department|Department of Justice|DOJ
United States Department of Defense|Department of Defense|Defense Department
Department of Homeland Security|DHS
NASA
European Space Agency|ESA
Roscosmos
Federal Security Service|FSB
KGB
Mossad
MI6
MI5
Downing Street
Élysée Palace|Élysée|Elysee
State Duma|Duma
Knesset
Bundestag
Verkhovna Rada
Federation Council
Lok Sabha
Rajya Sabha
Bundesrat
Sejm
Riksdag
Storting
Folketing
Dáil Éireann|Dáil|Dail
Oireachtas
National Assembly of Pakistan
Majlis|Islamic Consultative Assembly
Cortes Generales
National People's Congress
Chinese Communist Party|Communist Party of China|CCP|CPC
Democratic Party|Democrats|Democrat
Republican Party|GOP|Republicans|Republican
CNN|Cable News Network
BBC|British Broadcasting Corporation|BBC News
The New York Times|New York Times|NYT|NY Times
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
Reuters
Associated Press|AP
Agence France-Presse|AFP|Agence France Presse
Bloomberg|Bloomberg News
Al Jazeera|Al-Jazeera|Aljazeera
TASS|Tass
RIA Novosti|RIA
Interfax
Xinhua|Xinhua News Agency
Fox News|Fox News Channel
NBC News|NBC
ABC News
CBS News|CBS
MSNBC
CNBC
NPR|National Public Radio
PBS
The Guardian|Guardian
The Times
The Daily Telegraph|Daily Telegraph|The Telegraph
Financial Times|FT
The Economist|Economist
Politico
Axios
Der Spiegel|Spiegel
Le Monde
Le Figaro
RT|Russia Today
Sputnik
Kyodo News|Kyodo
Yonhap
IRNA|Islamic Republic News Agency
Anadolu Agency|Anadolu
Deutsche Welle|DW
France 24
Euronews
Haaretz
The Times of Israel|Times of Israel
Daily Mail
The Independent
Sky News
USA Today
Los Angeles Times|LA Times
Newsweek
Moneycontrol
Wikinews
Wikipedia
Twitter
Facebook
YouTube
Instagram
Telegram
WhatsApp
TikTok
Google
Apple|Apple Inc.
Microsoft
Meta
Tesla
Boeing
Airbus
Huawei
Gazprom
Rosneft
Saudi Aramco|Aramco
ExxonMobil|Exxon
Centers for Disease Control and Prevention|CDC|US Centers for Disease Control and Prevention
Food and Drug Administration|FDA|US Food and Drug Administration
Environmental Protection Agency|EPA
Federal Emergency Management Agency|FEMA
National Institutes of Health|NIH
Immigration and Customs Enforcement|ICE
Securities and Exchange Commission|SEC
Federal Aviation Administration|FAA
National Transportation Safety Board|NTSB
Internal Revenue Service|IRS
Secret Service|US Secret Service
National Guard
US Army|United States Army|U.S. Army
US Navy|United States Navy|U.S. Navy
US Air Force|United States Air Force|U.S. Air Force
Democratic National Committee|DNC
Republican National Committee|RNC
National Health Service|NHS
Bank of England
Metropolitan Police|Met Police|Scotland Yard
Conservative Party|Tories|Conservatives|Tory|Conservative
Labour Party|Labour
Liberal Democrats|Lib Dems
Scottish National Party|SNP
Sinn Féin|Sinn Fein
Democratic Unionist Party|DUP
Christian Democratic Union|CDU
Social Democratic Party of Germany|SPD
Alternative for Germany|AfD
Likud
Fatah
Palestine Liberation Organization|PLO
Palestinian Authority
Bharatiya Janata Party|BJP
Indian National Congress
African National Congress|ANC
United Russia
Kuomintang|KMT
Irish Republican Army|IRA
Revolutionary Armed Forces of Colombia|FARC
People's Protection Units|YPG
Israel Defense Forces|IDF
Europol
Frontex
European Investment Bank|EIB
Organisation of Islamic Cooperation|OIC|Organization of Islamic Cooperation
International Labour Organization|ILO
International Organization for Migration|IOM
Food and Agriculture Organization|FAO
United Nations Development Programme|UNDP
United Nations Environment Programme|UNEP
Office for the Coordination of Humanitarian Affairs|OCHA
UNRWA
World Economic Forum|WEF
Intergovernmental Panel on Climate Change|IPCC
World Meteorological Organization|WMO
Oxfam
Save the Children
Samsung
Toyota
Volkswagen
BP
Shell
Nvidia
OpenAI
SpaceX
Netflix
Disney|Walt Disney Company
Uber
Alibaba
Tencent
ByteDance
Sony
Pfizer
Moderna
AstraZeneca
BioNTech
Reuters News
United Press International|UPI
Agencia EFE|EFE
ANSA
Press Trust of India|PTI
Asian News International|ANI
NHK
CCTV|China Central Television
Global Times
People's Daily
South China Morning Post|SCMP
The Hindu
Times of India|The Times of India
Al Arabiya
Arab News
Gulf News
Jerusalem Post|The Jerusalem Post
Novaya Gazeta
Kommersant
Meduza
Ukrainska Pravda
Kyiv Independent|The Kyiv Independent
The Atlantic
The Hill
The New Yorker|New Yorker
The Intercept
The Conversation
Whitehall
House of Commons|British House of Commons
House of Lords
Parliament
Australian Broadcasting Corporation|ABC
World Athletics|IAAF|International Association of Athletics Federations
FIDE|International Chess Federation
World Anti-Doping Agency|WADA
International Paralympic Committee
Court of Arbitration for Sport
FIBA|International Basketball Federation
National Basketball Association|NBA
National Football League|NFL
Major League Baseball|MLB
National Hockey League|NHL
World Wrestling Entertainment|WWE
TVN24
Polsat
Telewizja Polska|TVP
ARD
ZDF
ITV
Canadian Broadcasting Corporation|CBC
NDTV
Voice of America|VOA
Radio Free Europe/Radio Liberty|RFE/RL|Radio Free Europe
Deutsche Presse-Agentur|DPA
Ukrinform
BelTA
Belsat
Committee to Protect Journalists|CPJ
Freedom House
International Crisis Group
Black Lives Matter|BLM
Proud Boys
Oath Keepers
Ku Klux Klan|KKK
Planned Parenthood
NAACP|National Association for the Advancement of Colored People
American Civil Liberties Union|ACLU
United States Citizenship and Immigration Services|USCIS|U.S. Citizenship and Immigration Services|US Citizenship and Immigration Services|Citizenship and Immigration Services
United States Customs and Border Protection|CBP|U.S. Customs and Border Protection|US Customs and Border Protection|Customs and Border Protection
Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF
Drug Enforcement Administration|DEA
Transportation Security Administration|TSA
Federal Communications Commission|FCC
Federal Trade Commission|FTC
Federal Election Commission|FEC
Government Accountability Office|GAO
Congressional Budget Office|CBO
Office of Management and Budget|OMB
Consumer Financial Protection Bureau|CFPB
Department of Health and Human Services|HHS|Health and Human Services
Department of Housing and Urban Development|HUD
`

// places lists geographic names that are neither countries nor cities: continents,
// regions, seas and straits, islands, rivers, mountains, and places that the module data
// spells differently: "Canonical|alias|...". A code after "@" names the country the place
// is in: "Crimea@UA".
const places = `
Africa
Europe|European mainland
Asia
North America
South America
Latin America
Central America
Oceania
Middle East|Mideast
Near East
Far East
Central Asia
Southeast Asia
South Asia
East Asia
Balkans|the Balkans
Scandinavia
Caucasus|North Caucasus
Sahel
Maghreb
Horn of Africa
Arctic
Antarctica|Antarctic
Caribbean
Persian Gulf|Arabian Gulf
Gulf of Oman
Strait of Hormuz|Hormuz|Straits of Hormuz
Gulf of Aden
Bab-el-Mandeb|Bab el-Mandeb
Red Sea
Black Sea
Baltic Sea|Baltic
North Sea
Caspian Sea
Arabian Sea
Sea of Azov
Sea of Japan
South China Sea
East China Sea
Yellow Sea
Mediterranean|Mediterranean Sea
Eastern Mediterranean|East Mediterranean|Eastern Mediterranean Sea
Aegean Sea|Aegean
Adriatic Sea|Adriatic
Gulf of Mexico
English Channel
Taiwan Strait
Bosphorus
Dardanelles
Suez Canal
Panama Canal
Atlantic Ocean|Atlantic
Pacific Ocean|Pacific
Indian Ocean
Arctic Ocean
Amazon rainforest|Amazon|Amazonia|Amazon Rainforest
Amazon River
Nile|Nile River|River Nile
Danube
Rhine
Euphrates
Tigris
Jordan River
Mekong
Yangtze
Ganges
Mississippi River
Sahara|Sahara Desert
Alps
Himalayas
Andes
Urals|Ural Mountains|Ural
Siberia@RU
Mount Everest|Everest
Crimea@UA|Crimean Peninsula
Donbas@UA|Donbass
Donetsk@UA
Luhansk@UA|Lugansk
Kharkiv@UA|Kharkov
Kherson@UA
Zaporizhzhia@UA|Zaporizhzhya|Zaporozhye
Odesa@UA|Odessa
Mariupol@UA
Bakhmut@UA
Kashmir
Gaza Strip@PS|Gaza
West Bank@PS
East Jerusalem
Golan Heights
Sinai|Sinai Peninsula
Kurdistan|Iraqi Kurdistan
Tibet@CN
Xinjiang@CN
Chechnya@RU
Dagestan@RU
Idlib@SY
Aleppo@SY
Darfur@SD
Tigray@ET
Catalonia@ES
Basque Country@ES
Scotland@GB
England@GB
Wales@GB
Northern Ireland@GB
Bavaria@DE
Sicily@IT
Sardinia@IT
Corsica@FR
Crete@GR
Kaliningrad@RU
Transnistria@MD
Abkhazia@GE
South Ossetia@GE
Nagorno-Karabakh|Karabakh
Hokkaido@JP
Okinawa@JP
Mindanao@PH
Borneo
Sumatra@ID
Java@ID
Bali@ID
Greenland
Silicon Valley@US
Wall Street@US
Hollywood@US
Manhattan@US
Brooklyn@US
Capitol Hill@US
Kyiv@UA|Kiev
Washington@US|Washington, D.C.|Washington DC|Washington D.C.
New York@US|New York City|NYC
Los Angeles@US
Tehran@IR|Teheran
Beijing@CN|Peking
Mumbai@IN|Bombay
Kolkata@IN|Calcutta
Chennai@IN|Madras
São Paulo@BR|Sao Paulo
Sanaa@YE|Sana'a
Astana@KZ|Nur-Sultan
Yangon@MM|Rangoon
Ho Chi Minh City@VN|Saigon
Saint Petersburg@RU|St. Petersburg|St Petersburg
Naypyidaw@MM|Nay Pyi Taw
Bogotá@CO|Bogota
Brasília@BR|Brasilia
`

// nonEntities are capitalised phrases that name no person, organization, country or
// place, and that would otherwise be matched in part ("North American" is not America,
// "Iran–Iraq War" not a country).
const nonEntities = `
North American
South American
Latin American
Central American
African American
Native American
Middle Eastern
Central African
Red Cross Day
Christmas
Easter
Ramadan
New Year
Earth Day
Election Day
Independence Day
Thanksgiving
Hong Konger
Hong Kongers
`
