package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word lists the entity rules read. They describe English news prose, not any one
// article.

// stopCaps are words that are capitalised at the start of a sentence or quotation but
// never begin or continue a name.
var stopCaps = wordSet(`
the a an this that these those it its he she they we i you his her hers their theirs our
ours my your me him them us and or but nor if when whenever while after before as at in on of
for by with from to into onto during since until till about against among amongst between
through throughout under over without within unlike like despite although though because so
then there here where what whatever who whom whose which how why yes no not all both each
every some many most more much several other others another such one two three four five six
seven eight nine ten yesterday today tonight tomorrow meanwhile however also still yet instead
now later earlier last next first second third finally according let please thank thanks dear
hello oh ok okay well even just only said says say beyond around regarding following
including per via amid amidst upon toward towards across along beside besides near outside
inside above below behind ahead any none nobody nothing everyone everybody everything
someone something anyone anything whether either neither once again already always never
often sometimes perhaps maybe do does did done is are was were be been being have has had
will would shall should can could may might must upon whereas whilst thus hence therefore
moreover furthermore nonetheless nevertheless otherwise indeed overall altogether rather
literally ultimately eventually initially originally currently recently reportedly
previously apparently allegedly officially reportedly subsequently separately similarly
additionally alternatively notably despite unlike experts critics officials leaders members
supporters residents people witnesses analysts sources police authorities lawmakers
protesters demonstrators troops soldiers rescuers doctors scientists researchers
investigators prosecutors voters citizens activists workers students fans players
former hi hey
`)

// hardStops end a run of capitalised words even when capitalised: "Trump The" never joins.
var hardStops = wordSet(`the a an this that these those it he she they we i you his her their our my your and or but if when while as at in on of for by with from to`)

// calendarWords are days, months and seasons: never an entity on their own.
var calendarWords = wordSet(`
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
spring summer autumn fall winter christmas easter ramadan eid hanukkah diwali
`)

// dayNames never begin a name.
var dayNames = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// descriptorWords are capitalised words that occur in names of organizations, places,
// events and things, but not in the names of people: a capitalised phrase holding one is
// not taken for a person.
var descriptorWords = wordSet(`
national international federal global world royal islamic islamist democratic republican
republic supreme central general united new north south east west eastern western northern
southern northeast northwest southeast southwest great grand old saint st upper lower
climate security defence defense foreign affairs health trade economic economy social media
energy oil gas air sea space research environmental environment human rights peace free
freedom liberty justice development science sciences technology technologies public civil
military nuclear olympic olympics christian muslim catholic orthodox jewish arab english
state states city county province district region regional capital coast island islands
bay river lake mountain mountains valley desert gulf strait ocean canal airport station port
street avenue road square park bridge tower palace castle hall house senate congress parliament
assembly council court committee commission ministry department agency office bureau
authority board service services police army navy force forces guard corps group party
movement front alliance coalition union league association federation organization
organisation foundation institute institution university college school academy hospital
clinic center centre museum library church mosque temple cathedral bank fund trust company
corporation corp inc ltd llc co plc holdings industries airlines airways motors energy
network news times post journal herald tribune press television tv radio broadcasting
channel magazine daily weekly online digital club team fc united city war wars battle week day
days accord accords agreement treaty convention act law bill protocol declaration resolution
plan doctrine summit conference games cup championship championships prize award awards
festival fair expo election elections crisis revolution uprising massacre attack attacks trial
case affair scandal report index era age century program programme project initiative pipeline
virus disease syndrome pandemic epidemic hurricane storm typhoon cyclone operation mission
tournament series season flight airport highway route line bridge dam plant reactor project
zone strip heights plateau peninsula basin delta forest rainforest falls glacier beach
coalition government administration cabinet regime kingdom empire dynasty state
image photo video file express linux member members sur norte oriental occidental
township borough tribe tribes
`)

// orgHeads end the names of organizations: "Atlantic Council", "Cinema for Peace
// Foundation", "National Institute for Space Research".
var orgHeads = wordSet(`
ministry department agency agencies council commission committee court tribunal bank fund
institute institution foundation university college school academy association federation
organization organisation union party group movement corporation corp inc ltd llc co plc
company holdings industries airlines airways motors bureau office service services authority
board parliament assembly senate congress cabinet government administration army navy
forces force guard guards corps police brigade brigades militia front alliance coalition
league network news times post journal herald tribune gazette chronicle telegraph press
television tv radio broadcasting channel magazine club society church secretariat chamber
exchange reserve treasury commission representatives commons lords duma knesset bundestag
laboratory laboratories lab observatory embassy consulate mission trust partnership
initiative council centre center programme program team fc gazeta zeitung strategies
analytics consulting consultants partners associates ventures labs systems technologies
solutions pharmaceuticals pharma entertainment studios productions records publishing
communications telecom insurance financial securities investments enterprises
division limited gmbh kft llp library therapeutics biotherapeutics biosciences biotech biologics
diagnostics genomics robotics aerospace automotive logistics charity charities orchestra
philharmonic tribe tribes
`)

// orgLeads begin names of organizations in other languages: "Institut National de
// Recherche Biomédicale", "Partido Socialista".
var orgLeads = wordSet(`institut instituto istituto universidad université universite universität
universitat università banco banque banca partido parti partito comité comite ministère
ministere ministerio fondation fundación fundacion fondazione agence agencia agenzia centro
consejo conseil consiglio asociación asociacion sociedad société societe compañía compania
grupo groupe gruppo unión union movimiento mouvement movimento escuela école ecole colegio
hôpital hopital museo musée musee corte cour asamblea assemblée assemblee congreso cámara
camara chambre senado sénat senat bundesamt bundesministerium stiftung verband`)

// placeHeads end (or, for gulf, strait ..., begin) the names of places.
var placeHeads = wordSet(`
sea ocean river lake lakes mountain mountains mount island islands isle isles peninsula
province region oblast krai county district valley desert bay canal airport square street
avenue road park bridge port harbor harbour coast plain plains basin hills heights territory
territories prefecture governorate municipality village town beach forest rainforest glacier
falls dam stadium arena palace castle cathedral mosque temple tower prison camp station
hospital strip gulf strait straits cape channel range reef delta plateau base cay
mall plaza estuary market bazaar point township borough commune canton sur norte oriental occidental
`)

// placeLeads begin names of places: "Gulf of Oman", "Lake Chad", "Mount Everest", "Punta
// Tombo".
var placeLeads = wordSet(`gulf strait straits sea bay lake mount cape isle port rio masjid punta cabo cerro lago playa`)

// nonEntityHeads end (or, with "of", begin) names of events, laws, wars, documents and
// things: "Iran–Iraq War", "Paris Climate Accord", "Law of the Sea", "Sacred Defence Week".
var nonEntityHeads = wordSet(`
war wars battle week day days accord accords agreement agreements treaty convention act law
laws bill protocol declaration resolution plan doctrine summit conference games cup
championship championships prize award awards festival fair expo election elections crisis
revolution uprising massacre attack attacks trial case affair scandal report index era age
century programme program project pipeline virus disease syndrome pandemic epidemic hurricane
storm typhoon cyclone operation tournament series season flight article articles chapter
section amendment amendments code standard rule rules principle principles strategy
framework deal talks process dialogue forum olympics marathon open grand prix primary
primaries caucus caucuses referendum olympiad regulation regulations
`)

// nonEntityLeads begin names that are not entities: "Article 5", "Operation Z",
// "Hurricane Dorian".
var nonEntityLeads = wordSet(`
article articles operation hurricane storm typhoon cyclone tropical flight chapter section
amendment resolution act law battle siege treaty day week uss hms hmcs hmas ins rfs mv ss
`)

// orgNouns stand before or after the name of an organization in apposition: "the
// environmental group Greenpeace", "the Atlantic Council think tank".
var orgNouns = wordSet(`
group organization organisation company firm agency party newspaper broadcaster channel
network charity ngo non-profit nonprofit militia bank club union outlet website magazine
daily station airline carrier manufacturer maker startup giant publisher tabloid paper
alliance movement coalition insurer retailer lender conglomerate operator developer
`)

// placeNouns stand before a place named in apposition: "the city of São Paulo", "a
// hospital in Berlin, Charité".
var placeNouns = wordSet(`
city town village capital region province state district county island port hospital
clinic prison airport university school museum church mosque temple camp base stadium
palace building hotel square neighbourhood neighborhood suburb area municipality oblast
cities towns villages regions provinces states districts counties islands areas
municipalities communities settlements ports
`)

// actorNouns follow a demonym that stands for its country as an actor: "the German
// government", "Russian forces".
var actorNouns = wordSet(`
government governments authorities authority officials official forces troops army military
navy police ministry embassy ambassador ambassadors president leader leaders counterpart
counterparts delegation delegations regime administration parliament diplomats diplomat
side state envoy envoys spokesperson spokesman spokeswoman minister ministers premier
prosecutors prosecutor court courts intelligence security soldiers warships jets
`)

// nameParticles may stand inside a person's name in lower case: "Jean-Yves Le Drian",
// "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
var nameParticles = wordSet(`de da di do dos das du del della der den van von ter ten bin binti ibn al el la le y zu`)

// placePrepositions stand before a place: "in Anchorage", "from Omsk".
var placePrepositions = wordSet(`in at from to near outside across around into via toward towards through throughout within inside`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isCapWord reports whether a word starts with a capital letter.
func isCapWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isShoutWord reports whether a word is written in capitals only and is longer than an
// acronym would be, as in "BIG PROGRESS ON RUSSIA".
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// isWordToken reports whether a token holds a letter (not punctuation, not a number).
func isWordToken(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// hasDigit reports whether s holds a digit.
func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isInitial reports whether a token is an initial: "R.", "W.".
func isInitial(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && (s[n:] == "." || s[n:] == "")
}

// prefixedName matches a lower-case Arabic article or patronymic joined to a capitalised
// name: "el-Sisi", "al-Assad", "bin-Salman".
func prefixedName(s string) bool {
	i := strings.IndexAny(s, "-'")
	if i <= 0 || i+1 >= len(s) {
		return false
	}
	switch strings.ToLower(s[:i]) {
	case "al", "el", "ad", "as", "ash", "at", "ar", "az", "an", "bin", "ibn", "abu", "abd", "d", "o":
		return isCapWord(s[i+1:])
	}
	return false
}

// stripNamePrefix drops an Arabic article from a surname: "el-Sisi" -> "Sisi".
func stripNamePrefix(s string) string {
	if prefixedName(s) {
		return s[strings.IndexAny(s, "-'")+1:]
	}
	return s
}

// isDomain reports whether a token is a web domain: "UOL.com.br", "Politico.eu".
func isDomain(s string) bool {
	i := strings.IndexByte(s, '.')
	if i <= 0 {
		return false
	}
	rest := strings.ToLower(s[i+1:])
	for _, tld := range []string{"com", "org", "net", "gov", "edu", "co", "eu", "uk", "de", "fr", "ru", "br", "in", "io", "info", "news"} {
		if rest == tld || strings.HasPrefix(rest, tld+".") {
			return true
		}
	}
	return false
}
