using System.Runtime.CompilerServices;
using Newswire.Extraction.Text;

namespace Newswire.Extraction.Lexicons;

/// <summary>Closed word classes the actor rules read (all matched case-insensitively, periods ignored).</summary>
internal static class WordLists
{
    /// <summary>Heads of person titles: a name after them is a person ("Minister", "Gen.", "Spokesman").</summary>
    public static readonly TermTable<bool> TitleHeads = Table(
        "president", "minister", "secretary", "general", "gen", "spokesman", "spokeswoman", "spokesperson", "commander",
        "ambassador", "envoy", "chairman", "chairwoman", "chair", "director", "governor", "gov", "king", "queen", "prince", "princess",
        "emir", "sheikh", "chief", "premier", "chancellor", "leader", "mr", "mrs", "ms", "dr", "col", "capt", "cpt", "lt", "maj",
        "sgt", "adm", "spc", "pvt", "cpl", "officer", "senator", "sen", "rep", "representative", "judge", "justice", "speaker",
        "mayor", "pope", "advisor", "adviser", "commissioner", "coordinator", "attorney", "prosecutor", "colonel", "captain",
        "lieutenant", "major", "sergeant", "admiral", "commodore", "brigadier", "brig", "marshal", "corporal", "private",
        "specialist", "ensign", "vice-president", "mp", "deputy", "sultan", "ayatollah", "cardinal", "bishop", "rabbi",
        "imam", "dame", "sir", "lord", "baroness", "congressman", "congresswoman", "councillor", "councilor", "headmaster",
        "professor", "prof", "rev", "cmdr", "cdr", "supt", "inspector", "sheriff", "diplomat", "aide", "negotiator",
        "vice-chairman", "ceo", "founder", "head", "counsel", "consul", "undersecretary", "under-secretary", "secretary-general",
        "director-general", "rapporteur", "ombudsman", "administrator", "superintendent", "lt-gen", "maj-gen", "d'affaires",
        "d\u2019affaires");

    /// <summary>
    /// People's occupations that are no office ("striker", "economist"): a nationality right before one gives the name
    /// after it its country ("Polish striker"), and one opening a sentence before a name is no part of the name
    /// ("Researcher Ana Ruiz").
    /// </summary>
    public static readonly TermTable<bool> Occupations = Table(
        "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "footballer", "player", "coach", "athlete",
        "runner", "sprinter", "cyclist", "swimmer", "boxer", "wrestler", "skier", "golfer", "driver", "jockey", "climber",
        "singer", "actor", "actress", "writer", "author", "novelist", "poet", "journalist", "reporter", "correspondent",
        "photographer", "filmmaker", "artist", "painter", "musician", "rapper", "composer", "businessman", "businesswoman",
        "billionaire", "tycoon", "entrepreneur", "investor", "banker", "economist", "analyst", "strategist", "scientist",
        "researcher", "academic", "lecturer", "historian", "epidemiologist", "virologist", "meteorologist", "climatologist",
        "seismologist", "geologist", "lawyer", "attorney", "lawmaker", "legislator", "activist", "dissident", "blogger",
        "farmer", "cleric", "priest", "citizen", "tourist", "student", "hostage");

    /// <summary>
    /// More nouns a nationality describes right before a person's name ("Uruguayan playmaker Ada Brelik", "Kenyan
    /// national Ivo Marek"), kept out of <see cref="Occupations"/> because they also open bodies' names ("National",
    /// "International", "Tennis Australia") at the head of a sentence.
    /// </summary>
    public static readonly TermTable<bool> NationalityNouns = Table(
        "playmaker", "captain", "manager", "keeper", "batsman", "batter", "bowler", "spinner", "flanker", "pitcher",
        "champion", "star", "veteran", "international", "national", "teenager", "doctor", "nurse", "engineer", "teacher",
        "pilot", "designer", "chef", "architect", "philosopher", "comedian", "dancer", "sailor", "rower", "fencer",
        "marathoner", "midfield", "centre-back", "center-back", "full-back", "fullback", "winger", "referee", "umpire");

    /// <summary>Kinds of business a nationality describes right before a name ("the German carmaker Acme").</summary>
    public static readonly TermTable<bool> BusinessKinds = Table(
        "company", "firm", "carmaker", "automaker", "manufacturer", "maker", "producer", "retailer", "lender", "insurer",
        "airline", "carrier", "conglomerate", "miner", "broadcaster", "newspaper", "daily", "club", "side", "startup");

    /// <summary>Words that modify a title head ("Defense" Minister, "Press" Secretary, "Vice" President).</summary>
    public static readonly TermTable<bool> TitleModifiers = Table(
        "vice", "deputy", "prime", "foreign", "defense", "defence", "interior", "finance", "justice", "health", "press", "charge", "charg\u00e9",
        "chief", "acting", "former", "state", "home", "trade", "energy", "economy", "economic", "education", "culture",
        "agriculture", "labor", "labour", "transport", "environment", "security", "national", "special", "senior", "first",
        "executive", "assistant", "associate", "army", "navy", "air", "force", "marine", "petty", "staff", "command",
        "master", "warrant", "lance", "supreme", "crown", "presidential", "foreign affairs", "affairs", "lt", "maj", "brig",
        "vice-admiral", "rear", "flight", "wing", "squadron", "field", "general", "gen", "sgt", "high", "minister", "secretary",
        "development", "international", "development", "digital", "emergency", "emergencies", "industry", "sports", "youth",
        "information", "communications", "science", "technology", "veterans", "treasury", "commerce", "housing", "legal");

    /// <summary>
    /// Class words that end a place's name and may be dropped when it is named again ("Okinawa Prefecture" and
    /// "Okinawa", "Kiambu County" and "Kiambu"). "State" and "City" are not here: "Lagos State" and the city of Lagos
    /// are two places, as are "Kuwait City" and Kuwait.
    /// </summary>
    public static readonly TermTable<bool> PlaceClassWords = Table(
        "province", "prefecture", "island", "county", "district", "region", "governorate", "atoll", "oblast");

    /// <summary>Last words of organization names ("Southern Military District", "Ministry of Defence").</summary>
    public static readonly TermTable<bool> OrgSuffixes = Table(
        "ministry", "district", "council", "agency", "forces", "force", "command", "party", "committee", "commission",
        "organization", "organisation", "institute", "university", "bank", "army", "navy", "corps", "brigade", "brigades",
        "battalion", "division", "regiment", "group", "company", "corporation", "corp", "inc", "ltd", "llc", "association",
        "union", "confederation", "front", "movement", "coalition", "alliance", "department", "office", "service", "services", "authority",
        "court", "parliament", "assembly", "government", "administration", "fleet", "guard", "guards", "police", "center",
        "centre", "foundation", "agency", "bureau", "federation", "league", "network", "society", "academy", "school",
        "college", "hospital", "news", "times", "post", "press", "television", "tv", "radio", "broadcasting", "airlines",
        "airways", "railways", "fund", "program", "programme", "mission", "secretariat", "cabinet", "senate", "congress",
        "duma", "tribunal", "squadron", "wing", "battery", "unit", "units", "task", "militia", "militias", "rebels",
        "brotherhood", "council", "directorate", "commandos", "regime", "opposition", "staff", "headquarters", "group",
        "industries", "holdings", "systems", "technologies", "partners", "board", "observatory", "watch", "initiative",
        "community", "component", "syndicate", "cooperative", "magazine", "records", "orchestra", "philharmonic",
        "publishing", "publishers", "laboratory", "laboratories", "cartel", "institution", "martial", "majlis", "embassy", "consulate");

    /// <summary>Last words of place names ("Kursk Oblast", "Marlow Dam", "Eastfield Airfield North").</summary>
    public static readonly TermTable<bool> PlaceSuffixes = Table(
        "oblast", "province", "region", "krai", "kray", "governorate", "county", "city", "island", "islands", "mountains",
        "mountain", "mount", "river", "valley", "sea", "ocean", "bay", "gulf", "strait", "straits", "airfield", "airport",
        "airbase", "base", "dam", "square", "street", "avenue", "road", "bridge", "peninsula", "desert", "lake", "canal",
        "harbor", "harbour", "port", "coast", "hills", "heights", "plain", "plateau", "park", "palace", "residence", "camp",
        "state", "republic", "territory", "prefecture", "canton", "municipality", "village", "district", "oasis", "pass",
        "crossing", "checkpoint", "refinery", "field", "fields", "station", "stadium", "cathedral", "mosque", "church",
        "temple", "gate", "wall", "hall", "tower", "museum", "room", "building");

    /// <summary>Lower-case place heads after a name that re3d-style spans include ("Idlib province").</summary>
    /// <summary>
    /// Heads of roads, docks, lines and other facilities that <see cref="PlaceSuffixes"/> does not list, and
    /// qualifiers of a place's part ("Harwick Highway", "Upper"): they never continue a name led by a place.
    /// </summary>
    public static readonly TermTable<bool> FacilityHeads = Table(
        "highway", "motorway", "freeway", "expressway", "boulevard", "lane", "dock", "docks", "wharf", "quay", "pier",
        "metro", "railway", "line", "terminal", "junction", "tunnel", "beach", "forest", "falls", "springs", "gardens",
        "garden", "market", "mall", "hotel", "castle", "abbey", "cemetery", "zoo", "amendment", "inferior", "superior",
        "minor", "upper", "lower", "proper");

    public static readonly TermTable<bool> LowerPlaceHeads = Table(
        "province", "governorate", "oblast", "region", "district", "city", "county", "prefecture", "state");

    /// <summary>Lower-case nouns for settlements and areas that take a place name after "of" ("the towns of Jabla").</summary>
    public static readonly TermTable<bool> PlaceNouns = Table(
        "town", "towns", "village", "villages", "cities", "suburb", "suburbs", "outskirts", "neighborhood",
        "neighbourhood", "port", "capital", "provinces", "regions", "districts", "area");

    /// <summary>Prepositions after which an unknown capitalized name is a place.</summary>
    public static readonly TermTable<bool> Locatives = Table(
        "in", "at", "near", "into", "across", "outside", "inside", "toward", "towards", "around", "throughout", "from",
        "to", "via", "northeast", "northwest", "southeast", "southwest", "north", "south", "east", "west", "within");

    /// <summary>Name particles allowed inside a name ("bin", "al", "von der").</summary>
    public static readonly TermTable<bool> Particles = Table(
        "al", "el", "bin", "ibn", "bint", "von", "van", "der", "den", "de", "da", "du", "la", "le", "del", "della", "di",
        "dos", "das", "y", "abu", "ben", "ul", "ud", "bu");

    /// <summary>Capitalized words that are not names when they open a sentence or stand alone.</summary>
    public static readonly TermTable<bool> CommonCapitalized = Table(
        "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "this", "that", "these", "those", "it", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "as", "if", "when", "while", "after",
        "before", "according", "during", "since", "although", "however", "meanwhile", "earlier", "later", "yet", "so",
        "also", "some", "many", "most", "both", "each", "every", "all", "other", "such", "no", "not", "there", "here",
        "what", "why", "how", "where", "who", "which", "across", "additionally", "over", "under", "despite", "following",
        "with", "without", "from", "to", "by", "of", "today", "yesterday", "tomorrow", "last", "next", "first", "second",
        "then", "now", "still", "even", "just", "only", "further", "furthermore", "moreover", "instead", "nevertheless",
        "overall", "together", "once", "amid", "among", "between", "through", "throughout", "within", "upon", "toward",
        "towards", "against", "around", "about", "above", "below", "beyond", "near", "critics", "officials", "analysts",
        "experts", "observers", "sources", "source", "ongoing", "yes", "thank", "thanks", "please", "said", "says",
        "question", "answer", "note", "update", "read", "see", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could",
        "should", "may", "might", "must", "let", "one", "two", "three", "several", "any", "more", "less", "new", "because",
        "again", "well", "good", "great", "very", "whether", "unless", "until", "despite", "regarding", "given", "per",
        "once", "though", "thus", "therefore", "hence", "indeed", "already", "always", "never", "perhaps", "currently",
        "recently", "finally", "similarly", "specifically", "notably", "separately", "likewise", "importantly",

        // "Opposition Patriotic Front spokesman ...": a party's standing opening the sentence is no word of its name.
        "opposition", "ruling");

    /// <summary>Pronoun-like and generic words that never start a name chunk.</summary>
    public static readonly TermTable<bool> Weekdays = Table(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        // holidays, which date a sentence like a weekday ("this Thanksgiving I ...")
        "thanksgiving", "christmas", "easter", "ramadan", "hanukkah", "passover", "diwali", "nowruz");

    /// <summary>Acronyms and words that name things, not actors (weapons, units of time).</summary>
    public static readonly TermTable<bool> NotActors = Table(
        "vbied", "vbieds", "ied", "ieds", "uav", "uavs", "gmt", "utc", "isr", "tv", "ceo", "pm", "am", "ok", "faq", "covid",
        "gdp", "atm", "pdf", "url", "svbied", "manpads", "rpg", "atgm", "mlrs", "icbm", "wmd", "hq", "usd", "eur", "km");

    /// <summary>Last words that make a capitalized phrase a date, event or document, not an actor.</summary>
    public static readonly TermTable<bool> NotActorHeads = Table(
        "day", "time", "week", "year", "month", "eve", "act", "agreement", "treaty", "accord", "accords", "plan", "doctrine",
        "declaration", "resolution", "convention", "protocol", "summit", "conference", "talks", "war", "games", "cup",
        "olympics", "prize", "award", "festival", "operation", "exercise", "strategy", "initiative", "report", "law", "bill",
        "order");

    /// <summary>Ship prefixes and hull classification codes: "USS Mahan (DDG 72)" names a vessel, not an actor.</summary>
    public static readonly TermTable<bool> ShipPrefixes = Table(
        "uss", "usns", "hms", "hmcs", "hmas", "hmnzs", "rfa", "fs", "ins", "roks", "tcg", "hnlms", "fgs", "its", "hdms", "brp", "kri",
        "pns", "bns", "htms", "rss",
        "ddg", "cvn", "cg", "ffg", "lhd", "lha", "lpd", "lsd", "ssn", "ssbn", "lcs", "esb");

    /// <summary>Lower-case words between a group's name and its head ("ISIL tactical units", "Iraqi security forces").</summary>
    public static readonly TermTable<bool> GroupModifiers = Table(
        "military", "security", "armed", "tactical", "coalition", "special", "government", "naval", "air", "ground",
        "allied", "partner", "opposition", "terrorist", "militant", "rebel", "regime", "elite", "police", "navy", "army",
        "defense", "defence", "border", "national", "federal", "local", "international", "combat", "operations", "riot");

    /// <summary>Group heads that make "[the] X ... head" an organization ("U.S. forces", "the Asad regime").</summary>
    public static readonly TermTable<bool> GroupHeads = Table(
        "forces", "force", "troops", "units", "unit", "fighters", "terrorists", "militants", "soldiers", "personnel",
        "partners", "allies", "government", "authorities", "regime", "nations", "ships", "opposition", "militia",
        "militias", "rebels", "insurgents", "army", "navy", "police", "defences", "defenses", "service members", "servicemembers", "people",
        "leadership", "administration");

    /// <summary>Last words of a country's state forces and offices named by its people ("Ruritanian riot police",
    /// "Ruritanian prosecutors"): CAMEO codes them as that country.</summary>
    public static readonly TermTable<bool> StateForceHeads = Table(
        "police", "policemen", "troops", "soldiers", "army", "navy", "military", "forces", "prosecutors", "guard", "guards",
        "gendarmes", "gendarmerie", "authorities", "government");

    /// <summary>People acting together, named by a nationality ("Iraqi officials", "Danish media"). After an
    /// organization or a country they stay a mention of it ("EU officials"), so only demonyms take them.</summary>
    public static readonly TermTable<bool> PeopleGroupHeads = Table(
        "officials", "diplomats", "ministers", "lawmakers", "legislators", "counterparts", "media", "journalists",
        "businesses", "companies", "firms", "protesters",
        "demonstrators", "activists", "leaders", "delegates", "negotiators", "officers", "airmen", "marines",
        "sailors", "volunteers", "peacekeepers", "prosecutors", "investigators");

    /// <summary>Plural nouns for service members and other people that make a capitalized phrase a group
    /// ("Reserve Airmen", "Royal Marines").</summary>
    public static readonly TermTable<bool> PeopleHeads = Table(
        "airmen", "marines", "sailors", "soldiers", "guardsmen", "seamen", "peacekeepers", "volunteers", "veterans");

    /// <summary>Organization or place heads that are also common surnames: a last word that proves nothing
    /// about an unknown name ("John Hall", "Kim Park", "Nick Post").</summary>
    public static readonly TermTable<bool> SurnameLikeHeads = Table(
        "hall", "wall", "park", "field", "fields", "gate", "port", "pass", "mount", "state", "post", "press", "wing",
        "court", "bank", "guard", "watch", "front", "church", "temple", "tower", "bridge", "lake", "street",
        "station", "castle", "times", "news", "hill", "hills", "palace", "square", "house");

    /// <summary>Possessive determiners that open a group phrase ("our Coalition partners").</summary>
    public static readonly TermTable<bool> Possessives = Table("our", "their", "its", "his", "her", "my", "your");

    /// <summary>Lower-case words before a group's name that belong to the group phrase ("local Arab fighters").</summary>
    public static readonly TermTable<bool> GroupPreModifiers = Table("local", "senior");

    /// <summary>Lower-case nouns that describe a person by occupation or relation ("his Brazilian counterpart
    /// Mauro Vieira", "American journalist Jane Roe"), with adjectives they often take.</summary>
    public static readonly TermTable<bool> PersonNouns = Table(
        "counterpart", "journalist", "reporter", "correspondent", "activist", "dissident", "businessman",
        "businesswoman", "tycoon", "billionaire", "oligarch", "lawyer", "writer", "author", "blogger", "politician",
        "lawmaker", "legislator", "cleric", "scientist", "citizen", "national", "student", "athlete", "player",
        "economist", "analyst", "colleague", "photographer", "filmmaker", "novelist", "academic", "researcher",
        "pilot", "soldier", "artist", "singer", "opponent", "critic", "mp", "candidate");

    /// <summary>Lower-case words that qualify such a description but cannot end it ("Russian opposition leader").</summary>
    public static readonly TermTable<bool> PersonAdjectives = Table(
        "opposition", "rights", "human", "former", "fellow", "veteran", "prominent", "jailed", "detained", "exiled",
        "imprisoned", "top", "leading", "independent", "freelance", "state", "foreign", "defense", "defence");

    /// <summary>Prepositions that title-case headings capitalize ("Operations Against ISIL"); never the end of a name.</summary>
    public static readonly TermTable<bool> TitleCasePrepositions = Table(
        "against", "with", "from", "into", "during", "over", "under", "toward", "towards", "upon", "between", "among",
        "through", "without", "amid", "after", "before", "across");

    /// <summary>Compass adjectives that re3d-style place spans include ("northern Iraq").</summary>
    public static readonly TermTable<bool> Compass = Table(
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "central");

    /// <summary>Lower-case role nouns that make "[the] ORG role" or "role of ORG" a description of a person
    /// ("a Foreign Office spokesman", "U.S. Central Command commander", "commander of the Task Group").</summary>
    public static readonly TermTable<bool> RoleNouns = Table(
        "commander", "spokesman", "spokeswoman", "spokesperson", "director", "minister", "secretary", "ambassador", "envoy",
        "chairman", "chairwoman", "president", "governor", "adviser", "advisor", "representative", "coordinator", "chief",
        "leader", "deputy", "official", "officer");

    /// <summary>Capitalized compass words that open a place name ("Northern Iraq", "Southwest Asia", "East Mosul").</summary>
    public static readonly TermTable<bool> CompassNames = Table(
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "central", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");

    /// <summary>First words that make a capitalized phrase a place ("Mount Sinjar", "Camp Bastion", "Fort Bragg").</summary>
    public static readonly TermTable<bool> PlacePrefixes = Table(
        "mount", "mt", "camp", "fort", "ft", "lake", "cape", "isle",
        // Arabic toponym heads: valley, hill, spring, monastery, village, bridge ("Wadi Barada", "Tel Tamer").
        "wadi", "tel", "jebel", "jabal", "ayn", "ain", "deir", "kafr", "jisr");

    /// <summary>Place heads that take an "of" complement inside the name ("Gulf of Aden", "Strait of Hormuz").</summary>
    public static readonly TermTable<bool> PlaceOfHeads = Table(
        "gulf", "bay", "sea", "strait", "straits", "isle", "island", "islands", "cape", "horn");

    /// <summary>One-word names of national police forces and gendarmeries in their own languages (Actors' force names).</summary>
    public static readonly TermTable<bool> ForceWords = Table(
        "gendarmerie", "gendarmería", "gendarmeria", "carabineros", "carabinieri", "jandarma", "polizei", "bundespolizei",
        "bundeswehr", "tatmadaw", "ertzaintza", "politie", "politsiya", "militsiya");

    /// <summary>Lower-case nouns that class the name after them as an organization ("the carmaker X", "a band called X").</summary>
    public static readonly TermTable<bool> ClassNouns = Table(
        "company", "firm", "group", "band", "label", "organization", "organisation", "retailer", "maker", "exchange",
        "magazine", "newspaper", "tabloid", "broadcaster", "network", "station", "airline", "publisher", "carmaker",
        "automaker", "drugmaker", "chipmaker", "lender", "insurer", "conglomerate", "startup", "brewer", "miner");

    /// <summary>
    /// Nouns for bodies that class an acronym right after them as an organization's name ("the rebel alliance FLA",
    /// "the state news agency SUNA", "the UN mission MINUSMA"); only acronyms: other capitals after them are as often not.
    /// </summary>
    public static readonly TermTable<bool> AcronymBodyNouns = Table(
        "agency", "alliance", "bloc", "mission", "militia", "movement", "coalition", "faction", "party", "front", "body",
        "watchdog", "regulator", "union", "federation", "association", "outfit", "force", "army", "insurgents", "rebels");

    /// <summary>Organization heads that take an "of" complement inside the name ("University of X", "Ministry of Y").</summary>
    public static readonly TermTable<bool> OfHeads = Table(
        "university", "department", "church", "bank", "school", "institute", "league", "academy", "society", "association",
        "ministry", "court", "college", "council", "assembly", "authority", "bureau", "union", "conference", "municipality",
        "federation", "commission", "committee", "agency", "board", "office", "foundation", "corporation", "house", "chamber",
        "confederation", "directorate");

    /// <summary>
    /// Heads of parties, movements, fronts and state bodies in Spanish, Portuguese, French, Italian, German, Dutch,
    /// Turkish, Indonesian and Malay, and in Urdu, Hindi and Arabic transliteration (Actors' foreign body names).
    /// </summary>
    public static readonly TermTable<bool> ForeignBodyHeads = Table(
        "partido", "movimiento", "frente", "alianza", "coalición", "convergencia", "asamblea", "congreso", "consejo",
        "ministerio", "fiscalía", "procuraduría", "secretaría", "ejército", "policía", "guardia", "comisión",
        "confederación", "federación", "sindicato", "fundación", "asociación", "organización", "fuerzas", "unión",
        "movimento", "aliança", "união", "assembleia", "congresso", "conselho", "ministério", "procuradoria",
        "exército", "polícia", "comissão", "confederação", "federação", "fundação", "associação", "forças",
        "parti", "mouvement", "rassemblement", "assemblée", "conseil", "ministère", "armée", "gendarmerie",
        "confédération", "fédération", "syndicat", "partito", "lega", "fratelli", "alleanza", "consiglio",
        "ministero", "confederazione", "federazione", "sindacato", "partei", "bewegung", "bündnis", "ministerium",
        "bundesamt", "bundeswehr", "polizei", "gewerkschaft", "partij", "beweging", "ministerie", "partisi",
        "hareketi", "cephesi", "meclisi", "partai", "gerakan", "barisan", "pakatan", "pertubuhan", "tehreek",
        "tehrik", "jamaat", "jamiat", "hizb", "harakat", "jabhat", "majlis", "ittehad", "muttahida", "janata",
        "rashtriya", "samajwadi", "morcha", "kazhagam", "awami",

        // Companies, banks, agencies and charities named in their own language ("Banco do Brasil", "Petróleos de
        // Venezuela", "Médecins Sans Frontières"). University heads are left out: in author lines the run goes on
        // into the next line's words (held-out training text: one more wrong span than right).
        "banco", "banca", "banque", "caixa", "petróleos", "petroleos", "petróleo", "compañía", "companhia", "compagnie",
        "société", "societe", "grupo", "groupe", "gruppo", "empresa", "empresas", "aerolíneas", "aerolineas", "agencia",
        "agência", "agence", "médecins", "medecins");

    /// <summary>Plural nouns for peoples whose adjective differs ("Turks", not "Turkishes"), with the country code.</summary>
    public static readonly TermTable<string> PeoplePlurals = TermTables.Pairs(
        "turks", "TUR", "kurds", "", "arabs", "", "britons", "GBR", "scots", "GBR", "danes", "DNK", "swedes", "SWE", "finns", "FIN",
        "poles", "POL", "serbs", "SRB", "croats", "HRV", "uzbeks", "UZB", "tajiks", "TJK", "kazakhs", "KAZ", "afghans", "AFG",
        "somalis", "SOM", "yemenis", "YEM", "pakistanis", "PAK", "israelis", "ISR", "palestinians", "PSE", "filipinos", "PHL",
        "thais", "THA", "yazidis", "", "jews", "");

    [MethodImpl(Hot.Once)]
    private static TermTable<bool> Table(params string[] words)
    {
        var t = new TermTable<bool>(words.Length);
        foreach (var w in words)
        {
            t.Set(w, true);
        }

        return t;
    }
}
