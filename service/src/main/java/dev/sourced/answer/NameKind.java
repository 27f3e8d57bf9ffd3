package dev.sourced.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What kind of thing a name in a sentence names, as far as its own words and the words before it tell, the way
 * English marks it: a person by a title ("Secretary General Jens Stoltenberg", "spokeswoman Hua Chunying"), a body by
 * its head noun ("Court of Arbitration for Sport", "Party of Iowa") or by being written in initials ("CDC", "GOP"),
 * an event or a place by theirs ("PDC World Darts Championship", "Washington Heights"), a work by the quotation marks
 * news writes its title in ("“Oppenheimer”"). A name unmarked in its sentence takes the kind its other mentions in
 * the passage mark ({@link #inContext}): one name keeps one sense through a text. Most names carry no mark and stay
 * {@link #UNMARKED}: the kind is a reason to refuse an answer, never to accept one.
 *
 * <p>The head nouns and titles are closed enough to list: they are the words news puts at the end of the names of
 * bodies, events and places and before the names of people.
 */
enum NameKind {
    PERSON,
    BODY,
    /** Written in initials or in capitals throughout: a body ("CDC", "USA TODAY") or a place ("US"). */
    INITIALS,
    EVENT,
    PLACE,
    /**
     * A country or a state of the United States named alone and nothing else marking it ({@link Territories}): a
     * place, or a team, a government or a people acting for it ("Michigan beat Washington", "Texas sued"), never a
     * person or a thing.
     */
    TERRITORY,
    /** A title in quotation marks: a film, a show, a book, a song. */
    WORK,
    /**
     * Named with a number or a code: a product, a vehicle or a flight ("Boeing 737", "Series 9", "Flight FZ981").
     */
    MODEL,
    UNMARKED;

    private static final Set<String> TITLES = Set.of(("mr mrs ms dr sen rep gov gen lt col sgt capt prof president "
                    + "vice secretary minister chancellor senator governor mayor judge justice ceo chairman chairwoman "
                    + "commissioner ambassador attorney coach pope king queen prince princess sir dame lord lady rev "
                    + "speaker spokesman spokeswoman spokesperson premier sheikh director producer author actor actress "
                    + "singer rapper comedian qb")
            .split(" "));
    /**
     * Titles that are also common words before a body's name ("deputy Pentagon press secretary", "a Pentagon officer"):
     * a title only where written with a capital ("Deputy Sheriff Scott Gibbon", "Officer Jane Roe").
     */
    private static final Set<String> CAPITALISED_TITLES = Set.of(("sheriff deputy detective officer trooper sergeant "
                    + "lieutenant colonel councilman councilwoman councilmember alderman assemblyman assemblywoman "
                    + "congressman congresswoman superintendent rabbi archbishop")
            .split(" "));
    /** Roles written capitalised before a person's name as a title, and before a country's as a noun ("Host Qatar"). */
    private static final Set<String> ROLE_TITLES = Set.of("Host", "Moderator", "Anchor");

    /** Titles written short with a full stop, which a sentence splitter or a name's reading may cut off. */
    private static final Set<String> ABBREVIATED_TITLES =
            Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev");

    private static final Set<String> BODY_HEADS = Set.of(("association corporation corp company co inc llc ltd "
                    + "party committee council department ministry agency administration university college school academy "
                    + "league union court commission bureau institute foundation society club airlines airline airways "
                    + "network news times post journal group bank fund service services office board senate house congress "
                    + "parliament assembly army navy police church hospital museum organization organisation federation "
                    + "alliance authority reserve government team laboratories laboratory labs technologies industries "
                    + "holdings systems motors partners enterprises studios pharmaceuticals brotherhood guild subcommittee "
                    + "equities realty ventures investments associates distillery distilleries brewery breweries "
                    + "brewing winery wineries vineyards")
            .split(" "));
    /**
     * What an agency's name may end with after "and", besides the heads of bodies: its remit ("Customs and Border
     * Protection", "Immigration and Customs Enforcement", "Centers for Disease Control and Prevention").
     */
    private static final Set<String> REMIT_HEADS =
            Set.of("protection", "prevention", "enforcement", "affairs", "security", "development", "studies");
    /** Heads of agencies' names whose remit runs over "and" ("Food and Drug Administration"), besides a remit. */
    private static final Set<String> AGENCY_HEADS = Set.of("administration", "commission", "services");
    /** Heads of bodies' names that take their remit after "for" or "on" ("Council on Foreign Relations"). */
    private static final Set<String> COMPLEMENTED_HEADS = Set.of(("center centre centers centres campaign coalition "
                    + "institute council committee commission conference agency fund foundation office department ministry "
                    + "bureau court hospital bank alliance association society league union party subcommittee panel "
                    + "tribunal academy")
            .split(" "));

    /** Participles that introduce a name after the noun it is of: "a judge named Alia Moses". */
    private static final Set<String> NAMING_PARTICIPLES =
            Set.of("named", "called", "identified", "dubbed", "nicknamed");

    private static final Set<String> EVENT_HEADS = Set.of(("championship championships cup games olympics awards "
                    + "festival tournament series bowl election elections primary caucus caucuses debate conference summit "
                    + "prize war marathon classic trial final finals open parade gala expo")
            .split(" "));
    /**
     * Heads of the names of buildings, streets and grounds: places, but no settlement or territory. A constant, so that
     * the sets below can be built from it whatever their order.
     */
    private static final String BUILT_HEADS = "airport stadium arena palace hall gardens center centre building tower "
            + "bridge castle cathedral chapel basilica mosque synagogue plaza station street avenue road square park "
            + "barracks base camp prison jail courthouse cemetery harbor harbour pier terminal zoo st ave blvd boulevard highway freeway parkway expressway turnpike";

    /** Heads of places named by a number after them: roads, a port's or an airport's parts ("District 9" is a film). */
    private static final Set<String> NUMBERED_PLACE_HEADS =
            Set.of("highway", "interstate", "route", "road", "freeway", "terminal", "gate", "pier");

    /** Words a place's name opens with: "Mount Hood", "Fort Worth", "New Jersey", "San Diego". */
    private static final Set<String> PLACE_PREFIXES =
            Set.of("mount", "mt", "fort", "ft", "port", "saint", "st", "san", "santa", "new", "cape", "isle");

    private static final Set<String> PLACE_HEADS = Set.of(("county city island islands province republic kingdom "
                    + "valley beach bay heights river lake mountain mountains sea ocean coast district region village "
                    + "town prefecture " + BUILT_HEADS)
            .split(" "));
    /**
     * "… Player of the Year", "Coach of the Week": an award, named after the one it honours; not "of the Week 12 game".
     */
    private static final Pattern AWARD_PERIOD_AFTER =
            Pattern.compile("\\s+of\\s+the\\s+(?:Year|Month|Week|Decade)\\b(?!\\s*\\d)");
    /** A title written short, with its full stop, right before a name: "Rep. ", "Sen. ". */
    private static final Pattern SHORT_TITLE_BEFORE = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}\\p{Ll}{1,3})\\.\\s+$");
    /** " and " or " & " then capitalised words, the last one captured: the rest of a name that joins two words. */
    private static final Pattern JOINED = Pattern.compile(
            "\\s+(?:and|&)\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}(\\p{Lu}[\\p{L}'’-]*)(?![\\p{L}'’-]|\\s+\\p{Lu})");

    /**
     * ", a think tank," or ", Macron's general secretary," after a name: its modifiers (group 1) and its noun (group 2),
     * before the phrase ends.
     */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "\\s*,\\s+(?:a|an|the|\\p{Lu}[\\p{L}.-]*['’]s)\\s+((?:[\\p{Ll}'’-]+\\s+){0,3}?)(\\p{Ll}[\\p{Ll}-]*)"
                    + "\\s*(?:[,.;:—–)]|$)");

    /**
     * ", director of", ", senior vice president at", ", the chairman of" after a name: a title set off, maybe after
     * "the" (group 1), its modifiers (group 2) and its noun (group 3), then the body or the remit it is of.
     */
    private static final Pattern TITLE_APPOSITIVE = Pattern.compile(
            "\\s*,\\s+(the\\s+)?((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?)(\\p{Ll}[\\p{Ll}-]*)\\s+(?:of|at|for)\\s");

    /**
     * Titles news sets off after a name without an article ("Matt Christian, director of…"): offices of a body, not
     * "king" or "justice", which stand there as figures of speech ("Nvidia, king of AI chips").
     */
    private static final Set<String> BARE_TITLES = Set.of(("director president chairman chairwoman chair ceo secretary "
                    + "spokesman spokeswoman spokesperson commissioner ambassador professor founder co-founder head "
                    + "leader coach")
            .split(" "));
    /**
     * Of those titles, the ones only a person holds: "Saudi Arabia, the leader of OPEC" and "Japan, the chair of the
     * G7" name countries; "Bernard Arnault, the chairman of LVMH" a person.
     */
    private static final Set<String> PERSONAL_TITLES = Set.of(
            "chairman",
            "chairwoman",
            "ceo",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "founder",
            "co-founder",
            "director");
    /** Words before such a title that say which of its holders: "senior vice president", "former executive director". */
    private static final Set<String> TITLE_MODIFIERS =
            Set.of("senior", "former", "executive", "managing", "general", "national", "regional", "global");

    /**
     * ", Coahuila, Mexico," after a name: maybe a region (group 1) and a comma, then its country or state (group 2),
     * ending a clause.
     */
    private static final Pattern THEN_TERRITORY =
            Pattern.compile("\\s*,\\s+(?:(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}),\\s+)?"
                    + "(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})\\s*(?:[,.;:)]|$)");

    /** Pronouns that refer back to a person who is the subject of their clause. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "his", "himself", "herself");

    private static final int PRONOUN_REACH_WORDS = 5;
    /** Words that open a noun phrase, which may own a "her" after it: "the actress", "its case". */
    private static final Set<String> NOUN_PHRASE_OPENERS =
            Set.of("the", "a", "an", "its", "their", "this", "that", "these", "those");
    /** What ends a sentence or a clause inside one; a comma may stand before an appositive name ("the singer, Madonna"). */
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;:()—–\n]");
    /** How far either side of a name the words that mark its kind are looked for. */
    private static final int MARKING_REACH_CHARS = 160;

    /** Words that name a part of a territory by its side. */
    private static final Set<String> SIDES = Set.of(("north south east west northern southern eastern western central "
                    + "middle upper lower northeast northwest southeast southwest northeastern northwestern "
                    + "southeastern southwestern coastal greater")
            .split(" "));
    /** Nouns for the parts of a state, which no country's or state's name answers. */
    private static final Set<String> WITHIN_STATE_NOUNS = Set.of("county", "town", "village");
    /** Nouns for the parts of a city people live in. */
    private static final Set<String> DISTRICT_NOUNS = Set.of("neighborhood", "neighbourhood", "borough");
    /** Nouns for a place people live in, which no sea, coast or mountain range is. */
    private static final Set<String> SETTLEMENT_NOUNS = Stream.concat(
                    Stream.of("city town village community suburb capital township hamlet".split(" ")),
                    DISTRICT_NOUNS.stream())
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Nouns for a place a name stands before as its modifier ("the Southbridge neighborhood", "the Chicago area", "the
     * Rostov-on-Don airport").
     */
    private static final Set<String> SETTLEMENT_PARTS = Set.of(
            "airport",
            "suburbs",
            "outskirts",
            "neighborhood",
            "neighbourhood",
            "area",
            "region",
            "district",
            "suburb",
            "village",
            "town",
            "city",
            "county");

    /** A website's address, a possessive after it or not: "RottenTomatoes.com", "Amazon.com's". */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)[\\p{L}\\d-]+\\.(?:com|org|net|gov|edu)(?:['’]s)?");

    /** A company's legal suffix after its name: "Wismettac Asian Foods, Inc.", "Meta Platforms Inc". */
    private static final Pattern COMPANY_SUFFIX =
            Pattern.compile(",?\\s(?:Inc|LLC|Ltd|Corp|PLC|GmbH)(?![\\p{L}-])\\.?");

    /** Nouns for a division of a country a name stands before as its own: "Amazonas state", "Kherson province". */
    private static final Set<String> TERRITORY_PARTS = Set.of("state", "province");
    /** Nouns for the people of a place, after its name: "Grimes resident", "a Wilmington native". */
    private static final Set<String> RESIDENCE_NOUNS = Set.of("resident", "residents", "native", "natives");
    /**
     * Heads of the names of divisions that hold settlements, not settlements: "Texas' 34th Congressional District",
     * "Suffolk County", "Kherson Province".
     */
    private static final Set<String> DIVISION_HEADS =
            Set.of("district", "county", "province", "region", "parish", "state", "territory", "prefecture");

    /**
     * A noun for a division of a country and "of", before the division's name: "the province of"; not "the city-state
     * of Singapore".
     */
    private static final Pattern DIVISION_OF =
            Pattern.compile("(?i)(?<![-\\p{L}])(?:state|province|region|prefecture|oblast)\\s+of\\s+$");

    /** Prepositions whose object a name may be, after a noun for a person ("mayor of Le Havre"). */
    private static final Set<String> COMPLEMENT_PREPOSITIONS =
            Set.of("of", "for", "from", "at", "to", "with", "by", "on", "about", "in", "over", "against");

    /** Verbs of a journey by air or sea, which the places it starts and ends at follow ("flew from…", "sailed to…"). */
    private static final String FLYING_OR_SAILING = "fl(?:y|ies|ying|ew|own)|sail(?:s|ed|ing)?";
    /**
     * Words that place what follows them on a map: "40 miles east of Los Angeles", "downtown Houston", "traveling from
     * Dubai to…".
     */
    private static final Pattern PLACE_BY_POSITION = Pattern.compile("(?i)(?:\\b(?:north|south|east|west|northeast|"
            + "northwest|southeast|southwest) of|\\bdowntown|\\b(?:" + FLYING_OR_SAILING
            + "|travel(?:l?ing|l?ed|s)?|route|bound|head(?:ed|ing)|driv(?:e|ing|en)|drove) from)\\s+(?:the\\s+)?$");

    /** The heads of the names of seas and mountain ranges: "Atlantic Ocean", "Rocky Mountains". */
    private static final Set<String> NATURAL_HEADS =
            Set.of("ocean", "sea", "gulf", "strait", "channel", "mountains", "coast", "coastline", "seaboard", "shore");

    /** How far before a name {@link #PLACE_BY_POSITION} looks: its longest words and "the". */
    private static final int POSITION_REACH_CHARS = 32;

    private static final Set<String> LOCATIVES = Set.of("in", "near", "outside", "across", "throughout", "inside");

    /**
     * A journey's end before a name: "busing migrants to El Paso", "flew to Paris", "300 miles to El Paso"; a verb of
     * carrying people, flying or sailing, or a distance, then up to five lower-case words and "to". Verbs whose end may
     * be a person or a team are not among them ("walked over to Kim Jong Un", "travel to Villanova Saturday", "sent
     * to Biden").
     */
    private static final Pattern DESTINATION_BEFORE = Pattern.compile("(?i)\\b(?:miles?|kilomet(?:er|re)s?|km|"
            + FLYING_OR_SAILING
            + "|bus(?:es|ed|ing)?|buss(?:es|ed|ing)|relocat(?:e|es|ed|ing)|transport(?:s|ed|ing)?|deport(?:s|ed|ing)?|"
            + "evacuat(?:e|es|ed|ing)|fle(?:e|es|d|eing)|migrat(?:e|es|ed|ing))"
            + "(?:\\s+(?-i:[\\p{Ll}\\d][\\p{Ll}\\d-]*(?:,\\d+)*)){0,5}?\\s+to\\s+(?:the\\s+)?$");

    /** How far before a name {@link #DESTINATION_BEFORE} looks: a verb, five words and "to the". */
    private static final int DESTINATION_REACH_CHARS = 90;

    /** "the 400 block of Lambert Drive": a street, by the block numbered on it. */
    private static final Pattern BLOCK_OF = Pattern.compile("(?i)\\bblock of\\s+$");
    /** The heads of the names of buildings and streets, places that are no settlement or territory. */
    private static final Set<String> FACILITY_HEADS =
            Set.of((BUILT_HEADS + " auditorium temple hotel mall theater theatre").split(" "));
    /** Nouns a question asks for an event with, besides the heads of events' names. */
    private static final Set<String> EVENT_NOUNS = Set.of(("event game match race competition contest ceremony "
                    + "show award trophy storm hurricane typhoon cyclone concert tour season holiday")
            .split(" "));
    /** Nouns for storms, which are named with words, never with a number. */
    private static final Set<String> STORM_NOUNS = Set.of("storm", "hurricane", "typhoon", "cyclone");

    private static final String CATEGORY = "category";
    private static final String TROPHY = "trophy";
    /** Nouns a question asks for a body with, besides the heads of bodies' names. */
    private static final Set<String> BODY_NOUNS = Set.of(("outlet company firm brand retailer chain newspaper "
                    + "broadcaster carrier automaker carmaker drugmaker chipmaker maker manufacturer giant startup insurer "
                    + "lender wholesaler supplier distributor provider publisher exporter importer")
            .split(" "));

    /** Heads of the names of a government's bodies: its administration, its forces, its legislature, its ministries. */
    private static final String GOVERNMENT_HEADS = "government administration army navy military police parliament "
            + "congress senate assembly ministry department authority";

    /**
     * Heads of the bodies a country's or a state's name stands for: its team, its university ("Michigan beat
     * Washington"), its government, its forces.
     */
    private static final Set<String> STATE_BODY_HEADS =
            Set.of(("team side club school college university academy house " + GOVERNMENT_HEADS).split(" "));

    /**
     * Heads of the names of public bodies: a government's, a legislature's, a court's, an agency's ("Bureau of Consumer
     * Protection"). Schools are left out: some are businesses ("University of Phoenix").
     */
    private static final Set<String> PUBLIC_BODY_HEADS =
            Set.of(("agency bureau commission council committee subcommittee court " + GOVERNMENT_HEADS).split(" "));

    /** Places news names an industry, a market or a government by, which no name marks as places where they stand. */
    private static final Set<String> PLACE_METONYMS = Set.of(
            "hollywood",
            "bollywood",
            "wall street",
            "silicon valley",
            "broadway",
            "capitol hill",
            "madison avenue",
            "fleet street",
            "downing street",
            "whitehall",
            "main street");

    /** Heads of the names of laws and treaties. */
    private static final Set<String> LAW_HEADS = Set.of("act", "amendment", "treaty", "accords", "doctrine");

    /** Nouns a question asks for a work with, whose answer news writes as a title in quotation marks. */
    private static final Set<String> WORK_NOUNS = Set.of(("film movie show series song album single book novel "
                    + "memoir play musical documentary podcast sitcom opera special episode poem painting artwork "
                    + "sculpture image photo photograph portrait mural")
            .split(" "));

    /** Nouns for things that are places, besides the heads of places' and facilities' names. */
    private static final Set<String> PLACE_LIKE_NOUNS =
            Set.of(("venue site spot landmark neighborhood neighbourhood borough township hamlet republic republics "
                            + "area community suburb restaurant bar store shop church school campus prison base crater volcano "
                            + "glacier canyon desert peak")
                    .split(" "));

    private static final Set<String> PLACE_NOUNS = Set.of(("state country nation city town county region province "
                    + "island continent capital territory location destination")
            .split(" "));
    /** Nouns for people that no ending marks. */
    private static final Set<String> PERSON_NOUNS =
            Set.of(("star candidate athlete champion chef coach ceo host executive head "
                            + "judge member official president minister senator governor mayor king queen prince princess pope "
                            + "child person people celebrity figure nominee heir spokesperson legend icon billionaire rival victim "
                            + "suspect hero comedian musician politician lawmaker actress model supermodel guard general secretary chief "
                            + "democrat republican student resident agent contestant participant immigrant migrant baby infant toddler "
                            + "attendee detainee retiree evacuee trustee appointee honoree inductee escapee amputee "
                            + "tenant patient client man woman men women children boy girl sheriff deputy detective pilot captain "
                            + "lieutenant sergeant marshal referee umpire quarterback cornerback halfback fullback tailback "
                            + "shortstop goalie goaltender rookie teammate "
                            + "engineer entrepreneur attorney defendant plaintiff diplomat envoy monarch emir sultan "
                            + "priest bishop rabbi imam nurse surgeon paramedic analyst critic poet playwright "
                            + "representative delegate incumbent opponent hostage refugee citizen aide consultant "
                            + "employee inmate teen astronaut gymnast colonel admiral tycoon "
                            + "mogul magnate millionaire duke architect clerk magistrate justice expert witness "
                            + "scholar friend prodigy intern graduate cadet recruit jockey pundit czar tsar lord lady dame "
                            + "knight saint guru monk nun twin spouse")
                    .split(" "));
    /**
     * A plural noun and the words that open a list of examples of it, then the names listed before the last: "celebrities
     * like Ben Stiller and ", to the end of the text before a name.
     */
    private static final Pattern EXAMPLES_OPENED = Pattern.compile("\\b(\\p{L}+),?\\s+(?:like|such as|including)\\s+"
            + "(?:\\p{Lu}[\\p{L}.'’-]*+(?:\\s+\\p{Lu}[\\p{L}.'’-]*+)*+(?:,\\s+(?:and\\s+)?|\\s+and\\s+))*+$");
    /**
     * Nouns for people that firms, teams and works are called too: "rivals including Apple", "icons like the Mustang",
     * "advertisers like Disney".
     */
    private static final Set<String> SHARED_WITH_BODIES = Set.of(("rival member client opponent nominee figure model "
                    + "icon legend champion star partner competitor employer leader winner contender founder owner buyer "
                    + "seller advertiser investor sponsor lender supplier provider manufacturer producer distributor "
                    + "operator insurer developer publisher broadcaster exporter importer shareholder stakeholder bidder "
                    + "backer donor funder customer vendor contractor builder maker")
            .split(" "));
    /** How far before a name a list of examples may open: "celebrities like " and the names listed before it. */
    private static final int EXAMPLES_REACH_CHARS = 160;
    /** Endings of nouns for people: "player", "actor", "economist", "comedian", "waitress", "chairman". */
    private static final List<String> PERSON_ENDINGS = List.of("er", "or", "ist", "ian", "ess", "man", "woman");
    /** What starts a compound noun for a person: "great-grandson", "co-founder", "ex-wife", "vice-president". */
    private static final Set<String> KIN_PREFIXES = Set.of("great", "grand", "step", "half", "co", "ex", "vice");

    private static final String IN_LAW = "-in-law";
    /**
     * Words with one of those endings that are no nouns for a person and no closed-class words: adverbs, adjectives and
     * verbs ("to deter Russia", "to counter China").
     */
    private static final Set<String> NOT_NOUNS = Set.of(("other former latter later rather further never ever together "
                    + "whenever deter enter consider offer deliver counter bolster hinder answer register monitor "
                    + "gather render surrender discover recover cover uncover remember alter lower wonder suffer "
                    + "transfer prefer refer confer defer steer encounter conquer foster shelter")
            .split(" "));
    /** Nouns for things that take one of those endings. */
    private static final Set<String> THING_NOUNS =
            Set.of(("number center centre water computer order letter paper newspaper "
                            + "tower river cancer poker burger soccer weather flavor flavour color colour floor door motor sector "
                            + "factor error vector chapter corner border power matter career disaster monster theater theatre "
                            + "register trailer character chamber manner quarter winter summer crater glacier "
                            + "tractor reactor thruster")
                    .split(" "));
    /**
     * Nouns for craft, which news names as it names people and bodies ("the SLIM lander", "the Perseverance rover");
     * those in "-er" are things' nouns too. "Bomber" and "booster" are left out: news has suicide bombers and a
     * candidate's boosters.
     */
    private static final Set<String> CRAFT_NOUNS = Set.of(("lander rover orbiter probe spacecraft satellite telescope "
                    + "rocket capsule module station helicopter drone jet airliner jetliner plane aircraft ship tanker "
                    + "freighter cruiser destroyer submarine trawler vessel launcher scooter liner oceanliner steamer "
                    + "steamship ferry yacht boat warship battleship frigate icebreaker")
            .split(" "));

    /**
     * The kind of the name {@code span} of {@code sentence}, which may be a whole passage: only the words around the
     * name mark it, so only they are read.
     */
    static NameKind of(String sentence, Phrase span) {
        NameKind kind = markedNearby(sentence, span);
        // A list of examples may run on far past the noun that says what they are.
        return kind == UNMARKED && listedAsPeople(sentence, span) ? PERSON : kind;
    }

    private static NameKind markedNearby(String sentence, Phrase span) {
        if (sentence.length() <= span.text().length() + 2 * MARKING_REACH_CHARS) {
            return marked(sentence, span);
        }
        int from = Math.max(0, span.start() - MARKING_REACH_CHARS);
        int to = Math.min(sentence.length(), span.end() + MARKING_REACH_CHARS);
        // Whole words only: the window starts after a space and ends before one.
        while (from > 0 && from < span.start() && !Character.isWhitespace(sentence.charAt(from - 1))) {
            from++;
        }
        while (to < sentence.length() && to > span.end() && !Character.isWhitespace(sentence.charAt(to))) {
            to--;
        }
        return marked(sentence.substring(from, to), new Phrase(span.start() - from, span.end() - from, span.text()));
    }

    private static NameKind marked(String sentence, Phrase span) {
        List<String> words = Words.of(span.text()).stream().map(Phrase::text).toList();
        if (words.isEmpty()) {
            return UNMARKED;
        }
        if (Names.standsQuoted(sentence, span) || Names.insideQuotedTitle(sentence, span)) {
            return WORK;
        }
        // A name in capitals throughout is a body's, an outlet's or a place's, of one word ("CDC") or more ("USA
        // TODAY").
        if (words.stream().allMatch(NameKind::isInitials)) {
            return Territories.isCountry(span.text()) ? TERRITORY : INITIALS;
        }
        // "the most heinous films Hollywood has to offer": places news names an industry or a power by.
        if (PLACE_METONYMS.contains(String.join(" ", words).toLowerCase(Locale.ROOT))) {
            return PLACE;
        }
        // "RottenTomatoes.com": a website, run by a business; "Wismettac Asian Foods, Inc.": a company by its suffix.
        if (WEB_ADDRESS.matcher(words.getLast()).matches()
                || COMPANY_SUFFIX.matcher(sentence.substring(span.end())).lookingAt()) {
            return BODY;
        }
        // "Americans for Prosperity", "Doctors Without Borders": an advocacy group, named after its people.
        if (Names.isAdvocacyGroup(words)) {
            return BODY;
        }
        // "Flight FZ981": a code last; "Pac-12 Conference" and "G7 Summit" are a body's and an event's.
        if (words.size() > 1 && (words.stream().anyMatch(Words::isNumeric) || holdsDigit(words.getLast()))) {
            // "US Highway 101", "Interstate 30", "Terminal 4": a road or a part of a place, numbered.
            return isNumberedPlace(words) ? PLACE : MODEL;
        }
        // "Republican Gov." of "Republican Gov. Chris Sununu": a full stop cut the title from the name it stands
        // before.
        if (endsWithAbbreviatedTitle(sentence, span)) {
            return PERSON;
        }
        // "USA TODAY HSSA Girls Soccer Player of the Year", "AP Coach of the Year": an award is no person.
        if (AWARD_PERIOD_AFTER.matcher(sentence.substring(span.end())).lookingAt()) {
            return EVENT;
        }
        // "Rep. Laura Hall", "Sen. Mike Church": a title written short just before a first name and a family name marks
        // a person, whatever the family name is a head noun of ("Carnegie Hall", "Grace Church"); a title written in
        // full may open a place's name ("Queen Elizabeth Hall").
        if (words.size() == 2 && mayBeFirstName(words.getFirst()) && shortTitleBefore(sentence, span)) {
            return PERSON;
        }
        // "Delaware Sportswriters and Broadcasters Association": a name joined to a head noun by "and" is its start.
        Matcher joined = JOINED.matcher(sentence.substring(span.end()));
        String joinedHead = joined.lookingAt() ? Words.base(joined.group(1)) : "";
        String head = Words.base(words.getLast()).replace(".", "");
        // "Court of Arbitration for Sport", "Party of Iowa", "Center for American Progress": the head comes before
        // "of", "for" or "on".
        int of = firstComplementParticle(words);
        String headBeforeOf = of > 0 ? Words.base(words.get(of - 1)) : "";
        if (BODY_HEADS.contains(head)
                || REMIT_HEADS.contains(head)
                || BODY_HEADS.contains(headBeforeOf)
                || of > 0 && !words.get(of).equals("of") && COMPLEMENTED_HEADS.contains(headBeforeOf)
                || BODY_HEADS.contains(joinedHead)
                // "USA Gymnastics", "Premier Volleyball", "Major League Baseball": a sport's body, club or league.
                || words.size() > 1 && Sports.isSport(words.getLast())) {
            return BODY;
        }
        // "Martin Luther King Jr. Day": a day named after a person is a holiday ("Jason Day" is a person).
        boolean namedDay = head.equals("day") && words.size() > 2 && NamedPerson.isSuffix(words.get(words.size() - 2));
        if (namedDay
                || EVENT_HEADS.contains(head)
                || EVENT_HEADS.contains(headBeforeOf)
                || EVENT_HEADS.contains(joinedHead)) {
            return EVENT;
        }
        // "Delivering for America Act", "Treaty of Versailles": a law's or a treaty's name is a title, as a work's.
        if (words.size() > 1 && (LAW_HEADS.contains(head) || LAW_HEADS.contains(headBeforeOf))) {
            return WORK;
        }
        if (PLACE_HEADS.contains(head) || isRegionOfTerritory(words)) {
            return PLACE;
        }
        // "Wolf & Shepherd", "Procter & Gamble": names joined by an ampersand, with no head noun that says what they
        // name ("Aspen Food & Wine Festival"), are a firm's or a brand's; cut from a longer name, as an answer is
        // from the brand the question gave, a product's ("Oreo Black & White").
        if (span.text().contains(" & ") && !continuesName(sentence, span)) {
            return BODY;
        }
        // A title stands before the name it belongs to ("President Biden", "Secretary General Jens Stoltenberg"); at
        // the end it is part of another name ("Burger King"), and a head noun above has already said what that is
        // ("Justice Department", "Prince Edward Island").
        if (words.subList(0, words.size() - 1).stream().anyMatch(NameKind::isTitle)
                || isTitle(wordBefore(sentence, span))
                || opensWithRoleTitle(words)) {
            return PERSON;
        }
        if (afterPlace(sentence, span)
                || beforeItsTerritory(sentence.substring(span.end()))
                || placedByPosition(sentence, span)) {
            return PLACE;
        }
        if (Words.endsBefore(BLOCK_OF, sentence, span.start())
                || !Names.isPossessive(span.text())
                        && Words.endsBefore(DESTINATION_BEFORE, sentence, span.start(), DESTINATION_REACH_CHARS)) {
            return PLACE;
        }
        // "in London", "near Kyiv": where something is, not who did it; a possessive after "in" is someone's
        // ("in Biden's speech").
        if (LOCATIVES.contains(wordBefore(sentence, span).toLowerCase(Locale.ROOT))
                && !span.text().endsWith("'s")
                && !span.text().endsWith("’s")) {
            return PLACE;
        }
        if (referredToAsPerson(sentence, span)) {
            return PERSON;
        }
        // "until after Easter": a holiday answers "which holiday" as an event does, never "which hospital";
        // "Ramadan, who denies the charges" is a person.
        if (Names.isHoliday(span.text())) {
            return EVENT;
        }
        // "Regional manager of McDonalds Ed Rensi", "the singer Madonna": a noun for a person just before a name of
        // two words or more, or of one when nothing else stands between them, in the same clause ("…compared to the
        // previous quarter. The Ladders…" is no person).
        List<Phrase> before = Words.of(sentence.substring(0, span.start()));
        // "mayor of Le Havre": a name after a preposition is its object, not the person the noun before names.
        boolean objectOfPreposition = !before.isEmpty()
                && COMPLEMENT_PREPOSITIONS.contains(before.getLast().text().toLowerCase(Locale.ROOT));
        for (int i = before.size() - 1;
                !objectOfPreposition && i >= Math.max(0, before.size() - (words.size() > 1 ? 4 : 1));
                i--) {
            String w = before.get(i).text();
            if (CLAUSE_END
                    .matcher(sentence.substring(before.get(i).end(), span.start()))
                    .find()) {
                break;
            }
            // "its sister company Warner Bros.": a body's noun nearer the name is what names it.
            if (!Words.isCapitalised(w) && (BODY_NOUNS.contains(Words.base(w)) || BODY_HEADS.contains(Words.base(w)))) {
                break;
            }
            // "The future king inherits the private Duchy of Cornwall": an article opens another noun phrase.
            if (Words.isArticle(w)) {
                break;
            }
            // "the judge barred Border Patrol agents": a verb in the past tense between them makes the name its object,
            // not the noun's; "a judge named Alia Moses" names the noun's person.
            if (!Words.isCapitalised(w)
                    && Words.isPastTense(w)
                    && !NAMING_PARTICIPLES.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            if (!Words.isCapitalised(w) && isPersonNoun(w) && !w.endsWith("s")) {
                return PERSON;
            }
        }
        // "Wilmington's Southbridge neighborhood", "the Chicago area": a name before a noun for a place names one.
        if (beforePlaceNoun(sentence, span)) {
            return PLACE;
        }
        return appositive(sentence.substring(span.end()));
    }

    private static boolean beforePlaceNoun(String sentence, Phrase span) {
        String noun = Words.adjacentAfter(sentence, span.end());
        if (noun == null) {
            return false;
        }
        String next = Words.adjacentAfter(sentence, sentence.indexOf(noun, span.end()) + noun.length());
        // "Amazonas state on Sunday", "in Kherson province": a state's or a province's name; not "Biden's state of
        // mind", "Russian state TV" nor "a Florida state senator".
        if (TERRITORY_PARTS.contains(noun)) {
            return !Names.isPossessive(span.text())
                    && (next == null || Words.isClosedClass(next) && !next.equals("of"));
        }
        // "Grimes resident Mike Pauk", "a Wilmington native,": where someone lives or comes from.
        if (!SETTLEMENT_PARTS.contains(noun) && !(RESIDENCE_NOUNS.contains(noun) && !Names.isPossessive(span.text()))) {
            return false;
        }
        // "a Biden town hall", "the city council": the noun for a place modifies another noun in its turn.
        return next == null || !Character.isLowerCase(next.charAt(0)) || Words.isClosedClass(next);
    }

    /**
     * The kind a noun phrase set off after a name gives it ("Autonomy, a think tank, and…", "Michael Hogue, the
     * association's chief executive."), or {@link #UNMARKED}.
     */
    private static NameKind appositive(String after) {
        // "Matt Christian, director of supply chain insights at the U.S. Pharmacopeia": an office of a body, set off
        // without an article, is a person's.
        Matcher title = TITLE_APPOSITIVE.matcher(after);
        if (title.lookingAt()
                && Words.of(title.group(2)).stream()
                        .map(Phrase::text)
                        .allMatch(w ->
                                TITLE_MODIFIERS.contains(w) || Positions.isRank(w) || Positions.isOfficeModifier(w))
                && (title.group(1) == null
                        ? BARE_TITLES.contains(title.group(3))
                        : PERSONAL_TITLES.contains(title.group(3)))) {
            return PERSON;
        }
        Matcher appositive = APPOSITIVE.matcher(after);
        // "a rival of the club": the phrase's noun is the one before its complement, which this does not read.
        if (!appositive.lookingAt()
                || Words.of(appositive.group(1)).stream().anyMatch(w -> Words.isClosedClass(w.text()))) {
            return UNMARKED;
        }
        String noun = Words.base(appositive.group(2));
        // Before a person's noun: "the chipmaker" and "the retailer" end as a person's nouns do.
        if (BODY_NOUNS.contains(noun)
                || BODY_HEADS.contains(noun)
                || noun.equals("tank") && appositive.group(1).endsWith("think ")
                || noun.equals("nonprofit")
                || noun.equals("charity")) {
            return BODY;
        }
        if (isPersonNoun(noun)) {
            return PERSON;
        }
        return PLACE_NOUNS.contains(noun) || PLACE_HEADS.contains(noun) ? PLACE : UNMARKED;
    }

    /**
     * "Middle Tennessee", "Northern California", "East Texas": a part of a territory named by its side, a region, not
     * the territory; "North Carolina" and "South Korea" are territories' own names.
     */
    private static boolean isRegionOfTerritory(List<String> words) {
        return words.size() > 1
                && SIDES.contains(Words.base(words.getFirst()))
                && Territories.isTerritory(String.join(" ", words.subList(1, words.size())))
                && !Territories.isTerritory(String.join(" ", words));
    }

    /**
     * Whether the name stands after a place and a comma and ends its clause, as news writes a city's state or country
     * ("in Portland, Oregon, shortly after", "Piedras Negras, Coahuila, Mexico"). The place before is read with what
     * follows it, which may be what marks it; it stands further left, so the reading ends.
     */
    private static boolean afterPlace(String sentence, Phrase span) {
        String before = sentence.substring(0, span.start());
        String after = sentence.substring(span.end());
        // "in Iowa, Look said": a name that goes on into its own clause is no state of the place before it.
        if (!before.endsWith(", ") || !(after.isBlank() || ",.;:)".indexOf(after.charAt(0)) >= 0)) {
            return false;
        }
        return Names.endingAt(before, before.length() - 2)
                .filter(n -> of(sentence, n) == PLACE)
                .isPresent();
    }

    /**
     * Whether what follows a name is its state, or a region and its country, after a comma and ending the clause:
     * "Piedras Negras, Coahuila, Mexico,", "Eagle Pass, Texas."
     */
    private static boolean beforeItsTerritory(String after) {
        // A country alone after a name is also how results name an athlete's ("Mikaela Shiffrin, United States,").
        Matcher territory = THEN_TERRITORY.matcher(after);
        return territory.lookingAt()
                && (Territories.isState(territory.group(2))
                        || territory.group(1) != null && Territories.isTerritory(territory.group(2)));
    }

    /**
     * Whether the name stands in a list of examples after a plural noun for people: "celebrities like Ben Stiller and
     * Peter Farrelly", "actresses such as…", "comedians, including…"; not "companies like Apple" nor "advertisers like
     * Disney", whose nouns name firms as well.
     */
    private static boolean listedAsPeople(String sentence, Phrase span) {
        int from = Math.max(0, span.start() - EXAMPLES_REACH_CHARS);
        Matcher example = EXAMPLES_OPENED.matcher(sentence.substring(from, span.start()));
        if (!example.find() || !Words.isPlural(example.group(1))) {
            return false;
        }
        String noun = example.group(1).toLowerCase(Locale.ROOT);
        String singular = Words.singular(noun);
        return (isPersonNoun(singular) || isPersonNoun(noun))
                && !SHARED_WITH_BODIES.contains(singular)
                && !BODY_NOUNS.contains(singular)
                && !BODY_HEADS.contains(singular);
    }

    /**
     * Whether what follows the name refers back to it as a person: "Richardson, who entered…" (a body is "which"; a
     * team's plural name may take "who", so only a singular one counts), or, for a name that opens its clause, a
     * pronoun only a person's subject takes a few words on with no other name between ("After six nominations, Nolan
     * finally won his first Golden Globe", "Murray wondered if he'd asked"); or, for the subject a question asks about
     * after its auxiliary, "his" or "her" between a preposition and a noun with no other noun phrase before them ("How
     * long was Evonne Haley sentenced to for her role?"). "Him" and "her" are left out otherwise: after a verb they are
     * someone else ("Texas sued her").
     */
    private static boolean referredToAsPerson(String sentence, Phrase span) {
        List<Phrase> after = Words.of(sentence.substring(span.end()));
        if (after.isEmpty() || span.text().endsWith("s")) {
            return false;
        }
        String between =
                sentence.substring(span.end(), span.end() + after.getFirst().start());
        if (after.getFirst().text().equalsIgnoreCase("who") && between.strip().matches(",?")) {
            return true;
        }
        boolean askedSubject = isAskedSubject(sentence, span);
        for (int i = 0; i < Math.min(after.size(), PRONOUN_REACH_WORDS); i++) {
            String w = Words.base(after.get(i).text());
            if (askedSubject && possessiveAfterPreposition(after, i)) {
                return true;
            }
            if (SUBJECT_PRONOUNS.contains(w)) {
                return opensClause(sentence, span);
            }
            // "Did Disney fire the actress over her posts?": the noun after an article may be whose they are.
            askedSubject &= !NOUN_PHRASE_OPENERS.contains(w);
            if (Words.isCapitalised(after.get(i).text())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code span} is the subject a question asks about, right after its auxiliary, with a question word before
     * in the same clause: "How long was Evonne Haley sentenced…", not "The buyer was Microsoft".
     */
    private static boolean isAskedSubject(String sentence, Phrase span) {
        String auxiliary = Words.adjacentBefore(sentence, span.start());
        if (auxiliary == null || !Words.isAskingAuxiliary(auxiliary)) {
            return false;
        }
        String before = sentence.substring(0, span.start());
        int clauseStart = 0;
        Matcher end = CLAUSE_END.matcher(before);
        while (end.find()) {
            clauseStart = end.end();
        }
        return Words.of(before.substring(clauseStart)).stream().anyMatch(w -> Words.isQuestionWord(w.text()));
    }

    /** Whether word {@code i} is "his" or "her" between a preposition and a lower-case noun: "for her role". */
    private static boolean possessiveAfterPreposition(List<Phrase> words, int i) {
        String w = Words.base(words.get(i).text());
        if (!w.equals("his") && !w.equals("her") || i == 0 || i + 1 >= words.size()) {
            return false;
        }
        String noun = words.get(i + 1).text();
        return COMPLEMENT_PREPOSITIONS.contains(words.get(i - 1).text().toLowerCase(Locale.ROOT))
                && Character.isLowerCase(noun.charAt(0))
                && !Words.isClosedClass(noun);
    }

    /**
     * Whether nothing but a dateline, a quotation mark or a sentence's or a clause's punctuation stands before the name
     * (the text may be a passage of several sentences).
     */
    private static boolean opensClause(String sentence, Phrase span) {
        String before = sentence.substring(Math.min(Dateline.end(sentence), span.start()), span.start())
                .stripTrailing();
        return before.isEmpty() || ".!?\n,;:—–(\"“‘".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /**
     * The kind of {@code span} as its sentence marks it or, when the sentence does not, as the other mentions of the
     * same name in {@code names} (the names of the passage the sentence is read in) mark it: "Delaware" is a place
     * where the passage writes "in Delaware", "Nolan" a person where it writes "director Christopher Nolan" (a
     * person's surname alone stands for the full name). Mentions that disagree leave it unmarked; a name no mention
     * marks is a {@link #TERRITORY} when it is a country's or a state's.
     *
     * @param names the names of the passage, each with the text it stands in
     */
    static NameKind inContext(String sentence, Phrase span, List<Mention> names) {
        NameKind kind = of(sentence, span);
        return kind != UNMARKED ? kind : byMentions(span, names);
    }

    /**
     * The kind of {@code span} as the mentions of the same name in {@code names} mark it, for a name its own sentence
     * leaves unmarked ({@link #inContext}); a reader that asks two lists of mentions reads the sentence once.
     */
    static NameKind byMentions(Phrase span, List<Mention> names) {
        Set<NameKind> marked = markedKinds(span, names, false);
        // No mention marks it: a country's or a state's name still says what it names.
        if (marked.isEmpty()) {
            return Territories.isTerritory(span.text()) ? TERRITORY : UNMARKED;
        }
        return marked.size() == 1 ? marked.iterator().next() : UNMARKED;
    }

    /**
     * The kinds the mentions of the same name in {@code names} mark it with: those of just its words, and with {@code
     * exact} false also a longer name ending with them that is a person's ("Jim Jordan" for "Jordan"); more than one
     * kind means the texts read mark it two ways.
     */
    static Set<NameKind> markedKinds(Phrase span, List<Mention> names, boolean exact) {
        List<String> words = baseWords(span.text());
        Set<NameKind> marked = EnumSet.noneOf(NameKind.class);
        for (Mention mention : names) {
            if (!mention.names(words)) {
                continue;
            }
            boolean longer = mention.words().size() > words.size();
            if (exact && longer) {
                continue;
            }
            NameKind its = mention.kind();
            if (its != UNMARKED && (!longer || its == PERSON)) {
                marked.add(its);
            }
        }
        return marked;
    }

    /**
     * A name and the text it was found in, with its words in base form and its kind there, each worked out once
     * however many sentences of the text it is compared with (its kind only when one is: reading it scans the text
     * before the name). Not thread-safe: one question's reading holds it.
     */
    static final class Mention {
        private final String text;
        private final Phrase name;
        private final List<String> words;
        private NameKind kind;
        private String role;

        private Mention(String text, Phrase name) {
            this.text = text;
            this.name = name;
            this.words = baseWords(name.text());
        }

        static Mention of(String text, Phrase name) {
            return new Mention(text, name);
        }

        List<String> words() {
            return words;
        }

        /**
         * Whether this mention names what {@code others} (a name's words in base form) does: the same words, or more
         * that end in them ("David Mueller" for "Mueller").
         */
        boolean names(List<String> others) {
            return words.equals(others)
                    || words.size() > others.size()
                            && words.subList(words.size() - others.size(), words.size())
                                    .equals(others);
        }

        /** {@link Roles#heldBy} the name in its text. */
        String role() {
            if (role == null) {
                role = Roles.heldBy(text, name);
            }
            return role;
        }

        /** {@link NameKind#of} the name in its text. */
        NameKind kind() {
            if (kind == null) {
                kind = NameKind.of(text, name);
            }
            return kind;
        }
    }

    static List<String> baseWords(String name) {
        return Words.of(Names.withoutPossessive(name)).stream()
                .map(p -> Words.base(p.text()))
                .toList();
    }

    /**
     * The kinds of name that cannot answer a question of {@code type} whose asked-for kind ends in {@code head} (the
     * last word of "which X", or "" when none): for "who" an event or a place (a body, or a team or a government
     * named by its territory, may act: "who sued Texas"); for "where" a person or an event; for a person's noun
     * ("which comedian") a body, an event, a place, a territory or initials; for a body's noun ("which airline") a
     * person, an event, a place or, unless a territory's name stands for such a body ("which team", "which school",
     * "which government"), a territory; for a place's ("which state") a person, an event or a body; none of these is a
     * title in quotation marks or named with a number ("Flight 1282"). For a work's noun ("which film") a person, a
     * body, initials, a place or a territory; for any other thing ("which artwork", "which sport") a person, a body,
     * initials, a territory, an event and, unless things of its kind are places ("which stadium", "which venue"), a
     * place; for an event's noun ("which festival", "which holiday") a person, a body, initials or a territory, and for
     * a storm's a place and a name with a number too ("Category 2"), unless it asks for the storm's category ("what
     * category storm").
     *
     * @param focus the words of the asked-for kind, its head last
     */
    static Set<NameKind> refusedFor(AnswerType type, List<String> focus) {
        String head = focus.isEmpty() ? "" : focus.getLast();
        if (type == AnswerType.PERSON) {
            // "Who is the chief executive of…" asks for a person by a role: no body holds it.
            return isPersonNoun(head)
                    ? EnumSet.of(BODY, EVENT, PLACE, TERRITORY, INITIALS, WORK, MODEL)
                    : EnumSet.of(EVENT, PLACE, WORK, MODEL);
        }
        if (type == AnswerType.PLACE) {
            return EnumSet.of(PERSON, EVENT, WORK, MODEL);
        }
        if (type != AnswerType.NAME || head.isEmpty()) {
            return EnumSet.noneOf(NameKind.class);
        }
        if (WORK_NOUNS.contains(head)) {
            // "Which show", "which series": an awards show or the World Series is named as an event.
            return EVENT_NOUNS.contains(head) || EVENT_HEADS.contains(head)
                    ? EnumSet.of(PERSON, BODY, INITIALS, PLACE, TERRITORY)
                    : EnumSet.of(PERSON, BODY, INITIALS, PLACE, TERRITORY, EVENT);
        }
        if (BODY_HEADS.contains(head) || BODY_NOUNS.contains(head)) {
            // A country's name stands for its team or its government ("France beat…"), not for a company or a hospital.
            return STATE_BODY_HEADS.contains(head)
                    ? EnumSet.of(PERSON, EVENT, PLACE, WORK, MODEL)
                    : EnumSet.of(PERSON, EVENT, PLACE, TERRITORY, WORK, MODEL);
        }
        if (PLACE_NOUNS.contains(head)) {
            // A country is written in initials only as "US" or "UK", which are territories' names: other initials
            // ("CNN", "NATO") name bodies. A city may be "NYC".
            if (WITHIN_STATE_NOUNS.contains(head)) {
                return EnumSet.of(PERSON, EVENT, BODY, WORK, MODEL, INITIALS, TERRITORY);
            }
            return Territories.isTerritoryNoun(head)
                    ? EnumSet.of(PERSON, EVENT, BODY, WORK, MODEL, INITIALS)
                    : EnumSet.of(PERSON, EVENT, BODY, WORK, MODEL);
        }
        if (isPersonNoun(head)) {
            return EnumSet.of(BODY, EVENT, PLACE, TERRITORY, INITIALS, WORK, MODEL);
        }
        // A sport, an artwork or a food is not an event; a festival, a game or an award ceremony may be named as one,
        // and by its place ("the Munich conference"). A place ("in Yehud") is no spacecraft or sport, but a stadium or
        // a hotel is one.
        if (EVENT_HEADS.contains(head) || EVENT_NOUNS.contains(head)) {
            // A storm is given a name ("Storm Henk", "Winter Storm Elliott"): "Category 2" is its strength and
            // "Buffalo" a place it hit. A trophy is named as an award is ("the First State Cup"), never by a place.
            return STORM_NOUNS.contains(head) && !focus.contains(CATEGORY) || TROPHY.equals(head)
                    ? EnumSet.of(PERSON, BODY, INITIALS, TERRITORY, MODEL, PLACE)
                    : EnumSet.of(PERSON, BODY, INITIALS, TERRITORY);
        }
        // A storm's category, a product or a flight ("Category 4", "Boeing 737") is no community or venue.
        return isPlaceLike(head)
                ? EnumSet.of(PERSON, BODY, INITIALS, TERRITORY, EVENT, MODEL)
                : EnumSet.of(PERSON, BODY, INITIALS, TERRITORY, EVENT, PLACE);
    }

    /** Whether things of kind {@code noun} are places: "stadium", "hotel", "venue", "landmark". */
    private static boolean isPlaceLike(String noun) {
        return PLACE_HEADS.contains(noun) || FACILITY_HEADS.contains(noun) || PLACE_LIKE_NOUNS.contains(noun);
    }

    /** Whether {@code word} (in lower case) introduces a name after the noun it is of: "named", "called". */
    static boolean isNamingParticiple(String word) {
        return NAMING_PARTICIPLES.contains(word);
    }

    /** Whether {@code noun} is one for a craft: "lander", "rovers", "spacecraft". */
    static boolean isCraftNoun(String noun) {
        return CRAFT_NOUNS.contains(Words.singular(noun));
    }

    /** Whether a question asks for a work with {@code noun}: "film", "show", "song". */
    static boolean isWorkNoun(String noun) {
        return WORK_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code span} names a building, a street or another facility ("Frank Moody Music Building") where the
     * question asks for a settlement or a territory with {@code focusHead} ("which Alabama city"), or a sea or a range
     * of mountains ("Atlantic Ocean") or a division ("Congressional District", "Suffolk County") where it asks for a
     * settlement ("near which town"): the answer is a place people live in.
     */
    static boolean isNoSettlement(String sentence, Phrase span, String focusHead) {
        List<String> words = Words.of(span.text()).stream().map(Phrase::text).toList();
        if (!isPlaceNoun(focusHead) || words.isEmpty()) {
            return false;
        }
        String head = Words.base(words.getLast());
        // A neighborhood is often named as a park or a square is ("Lincoln Park", "Union Square").
        return FACILITY_HEADS.contains(head) && !DISTRICT_NOUNS.contains(focusHead)
                // "Texas Highway 114", "Terminal 4": a road or a part of a place, by its number.
                || SETTLEMENT_NOUNS.contains(focusHead) && isNumberedPlace(words)
                || words.size() > 1 && NATURAL_HEADS.contains(head) && SETTLEMENT_NOUNS.contains(focusHead)
                || SETTLEMENT_NOUNS.contains(focusHead)
                        && (isRegionOfTerritory(words)
                                || calledDivision(sentence, span)
                                || words.size() > 1
                                        && DIVISION_HEADS.contains(head)
                                        && !DISTRICT_NOUNS.contains(focusHead));
    }

    /**
     * Whether the sentence calls the name a division of a country: "the northern province of Khyber Pakhtunkhwa",
     * "Kherson province", "the state of Mexico".
     */
    private static boolean calledDivision(String sentence, Phrase span) {
        return Words.endsBefore(DIVISION_OF, sentence, span.start())
                || TERRITORY_PARTS.contains(String.valueOf(Words.adjacentAfter(sentence, span.end())))
                        && beforePlaceNoun(sentence, span);
    }

    /**
     * Whether a question asks for a settlement with {@code noun} ("city", "town", "community"): only a name its text
     * marks as a place answers it ("in Houma", "Houma, La."), as news writes a settlement's name.
     */
    static boolean isSettlementNoun(String noun) {
        return SETTLEMENT_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** Whether a question asks for a place with {@code noun}: "state", "city", "village". */
    static boolean isPlaceNoun(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return PLACE_NOUNS.contains(lower) || SETTLEMENT_NOUNS.contains(lower);
    }

    /** Whether a question asks for a business with {@code noun}: "company", "wholesaler", "airline". */
    static boolean isBusinessNoun(String noun) {
        return BODY_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code name} names a public body by its head ("Bureau of Consumer Protection", "Justice Department",
     * "Senate"), which no question for a business is answered with.
     */
    static boolean isPublicBody(String name) {
        List<String> words = Words.of(name).stream().map(Phrase::text).toList();
        if (words.isEmpty()) {
            return false;
        }
        int of = firstComplementParticle(words);
        return PUBLIC_BODY_HEADS.contains(Words.base(words.get(of > 0 ? of - 1 : words.size() - 1)));
    }

    /** Whether a question asks for a body with {@code noun}: "team", "company", "airline". */
    static boolean isBodyNoun(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return BODY_HEADS.contains(lower) || BODY_NOUNS.contains(lower);
    }

    static boolean isPersonNoun(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        // "after", "under", "other", "former": a word of a closed class or an adverb or adjective in "-er" is no noun.
        if (Words.isClosedClass(lower) || NOT_NOUNS.contains(lower)) {
            return false;
        }
        String singular = lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
        // A family tie is a person's: "daughter", "stepson", "fiancée" (Kinship).
        if (PERSON_NOUNS.contains(singular)
                || PERSON_NOUNS.contains(lower)
                || Kinship.tieOf(lower).isPresent()) {
            return true;
        }
        if (THING_NOUNS.contains(singular) || isCraftNoun(lower)) {
            return false;
        }
        if (singular.length() > 4 && PERSON_ENDINGS.stream().anyMatch(singular::endsWith)) {
            return true;
        }
        // "Great-grandson", "co-founder", "brother-in-law"; not "five-star" nor "six-figure", modifiers of a noun.
        if (lower.endsWith(IN_LAW)) {
            return isPersonNoun(lower.substring(0, lower.length() - IN_LAW.length()));
        }
        int hyphen = lower.indexOf('-');
        return hyphen > 0
                && KIN_PREFIXES.contains(lower.substring(0, hyphen))
                && isPersonNoun(lower.substring(hyphen + 1));
    }

    /**
     * Whether a capitalised word may head a body's name whose remit follows it after "for" or "on": "Centers for
     * Disease Control", "Council on Foreign Relations".
     */
    static boolean takesRemit(String word) {
        return COMPLEMENTED_HEADS.contains(Words.base(word));
    }

    /**
     * Whether an agency's name whose remit runs over "and" may end with {@code word}: "Customs and Border Protection",
     * "Food and Drug Administration". A company's head is left out: "Delta and United Airlines" are two airlines.
     */
    static boolean endsAgencyName(String word) {
        String base = Words.base(word);
        return REMIT_HEADS.contains(base) || AGENCY_HEADS.contains(base);
    }

    /**
     * Whether {@code word} heads the name of a thing that may be named after a person: an event, a place, or a day
     * ("Martin Luther King Jr. Day", "Cal Ripken Jr. Stadium"). A body's head is left out: "…Robert F. Kennedy Jr.
     * Senate Democrats said" starts another sentence.
     */
    static boolean headsNamedThing(String word) {
        String base = Words.base(word);
        return base.equals("day") || EVENT_HEADS.contains(base) || PLACE_HEADS.contains(base);
    }

    /** Whether {@code word} heads a law's name: "Act", "Amendment", "Treaty". */
    static boolean endsLawName(String word) {
        return LAW_HEADS.contains(Words.base(word));
    }

    /** Whether {@code word} ends a body's name by itself ("United Airlines"), so that "and" after it starts another. */
    static boolean endsBodyName(String word) {
        String base = Words.base(word);
        return BODY_HEADS.contains(base) || REMIT_HEADS.contains(base);
    }

    private static int firstComplementParticle(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals("of")
                    || words.get(i).equals("for")
                    || words.get(i).equals("on")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the name ends with an abbreviated title that its full stop cut from the name it stands before:
     * "Republican Gov." of "Republican Gov. Chris Sununu".
     */
    static boolean endsWithAbbreviatedTitle(String sentence, Phrase span) {
        List<Phrase> words = Words.of(span.text());
        return !words.isEmpty()
                && ABBREVIATED_TITLES.contains(
                        Words.base(words.getLast().text()).replace(".", ""))
                && (span.text().endsWith(".") || sentence.startsWith(".", span.end()));
    }

    /** Whether a name's words name a road or a part of a place by its number: "US Highway 101", "Terminal 4". */
    private static boolean isNumberedPlace(List<String> words) {
        return words.size() > 1
                && (words.stream().anyMatch(Words::isNumeric) || holdsDigit(words.getLast()))
                && words.stream().anyMatch(w -> NUMBERED_PLACE_HEADS.contains(Words.base(w)));
    }

    /** Whether a title written short with its full stop stands right before {@code span}: "Rep. Laura Hall". */
    private static boolean shortTitleBefore(String sentence, Phrase span) {
        Matcher title = SHORT_TITLE_BEFORE.matcher(sentence).region(0, span.start());
        return title.find() && ABBREVIATED_TITLES.contains(title.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} may open a person's name of two words as the first name: capitalised, and neither a title,
     * a side ("West Creek"), a word places are named by ("Lake Erie", "Mount Hood", "Fort Worth", "New Jersey") nor the
     * head of a body's, a place's or an event's name.
     */
    static boolean mayBeFirstName(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
        return !word.isEmpty()
                && Character.isUpperCase(word.charAt(0))
                && !isTitle(word)
                && !SIDES.contains(lower)
                && !PLACE_PREFIXES.contains(lower)
                && !BODY_HEADS.contains(lower)
                && !PLACE_HEADS.contains(lower)
                && !EVENT_HEADS.contains(lower);
    }

    static boolean isTitle(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
        return TITLES.contains(lower) || Character.isUpperCase(word.charAt(0)) && CAPITALISED_TITLES.contains(lower);
    }

    private static boolean isInitials(String word) {
        String letters = word.replace(".", "");
        return letters.length() > 1 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** Whether words just before the name place it: "miles east of", "downtown", "traveling from". */
    private static boolean placedByPosition(String sentence, Phrase span) {
        int from = Math.max(0, span.start() - POSITION_REACH_CHARS);
        return PLACE_BY_POSITION.matcher(sentence.substring(from, span.start())).find();
    }

    /** Whether a word of a name holds a digit, as a number ("737") or a code ("FZ981", "F-150") does. */
    static boolean holdsDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    /**
     * "Host Gayle King", "Moderator Jake Tapper": a role written as a title before a person's name of two words or more;
     * "Host Qatar" and "Host Germany" are a country hosting.
     */
    private static boolean opensWithRoleTitle(List<String> words) {
        return words.size() > 2
                && ROLE_TITLES.contains(words.getFirst())
                && !Territories.isTerritory(String.join(" ", words.subList(1, words.size())));
    }

    /** Whether a capitalised word stands just before the name, inside its sentence: the name goes on a longer one. */
    private static boolean continuesName(String sentence, Phrase span) {
        List<Phrase> words = Words.of(sentence.substring(0, span.start()));
        if (words.isEmpty()) {
            return false;
        }
        Phrase before = words.getLast();
        String word = before.text();
        // "In March Procter & Gamble…", "Unilever's Ben & Jerry's": a month, a weekday or an owner is no part of it.
        return sentence.substring(before.end(), span.start()).isBlank()
                && Words.isCapitalised(word)
                && Months.named(word).isEmpty()
                && !Names.isWeekday(word)
                && !Names.isPossessive(word)
                && !NameShapes.startsSentence(sentence, before.start());
    }

    private static String wordBefore(String sentence, Phrase span) {
        List<Phrase> before = Words.of(sentence.substring(0, span.start()));
        return before.isEmpty() ? "" : before.getLast().text();
    }
}
