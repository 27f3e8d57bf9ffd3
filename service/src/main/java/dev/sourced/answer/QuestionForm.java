package dev.sourced.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question constrains and what it asks for, read from its form: the asked-for {@link AnswerType}, the focus
 * words of "which X" ("airline" in "which airline", "car" in "the Hamburgler's car"), the names it mentions ("Luke
 * Littler", "PDC"), the titles between them, the years it names, and how recent the evidence must be ("this week").
 * The names, years and recency are constraints the evidence must meet; the focus tells which of several names in a
 * sentence is the one asked for.
 *
 * @param entities the question's names, each a list of its words, less those inside the focus ("NFL" of "which NFL
 *     team")
 * @param background those of the names that only a statement before the question names, of which the evidence must
 *     meet one ("The IRS is now accepting returns. In which month…")
 * @param descriptors words standing between two names as a title ("spokeswoman")
 * @param numbers the values of the numbers the question states other than its years and the count of what it asks
 *     for ("which two regions"): "5" of "his fifth interception", "28" of "after the Oct. 28 show"; of a statement
 *     before the question, or of the phrase that sets the scene before its main clause, only those that tell its
 *     event from another ({@link StatedNumbers#identifying}): it sets the scene with its measures ("After a door plug
 *     blew out at 16,000 feet…", "After beating Delaware State 35-9, …"), which a story that answers need not
 *     repeat; nor a count of the story's others ("the other two")
 * @param kindOf the noun of "what kind of X", whose kind is asked, or ""
 * @param askedYears the years the question itself names, less those only a statement before it names ("Jo Koy has been
 *     named host of the 2024 Golden Globes. What is the title of his latest special?" asks about no year)
 * @param editionYears those of the asked years that name an edition of an event ("the 2024 Grammy Awards"), whose
 *     nominations, hosts and dates are reported the year before
 * @param people those of the names the asking sentence writes as a person's ("Rep. Dean Phillips"), whom the
 *     sentence that answers or the one before it must name, not only its passage; not those of a part that only
 *     describes the story ({@link DescribingClauses})
 * @param describing those of the entities the asking sentence names only in a part that describes the story ({@link
 *     DescribingClauses}): they tell which story is asked about, so the article must write them, not the passage
 * @param scene those of the describing names that the asking sentence writes only in the phrase that sets its scene
 *     before its main clause ("Facing renewed calls in Congress for a ban, …"): they tell which story is asked about,
 *     wherever in it, so the article must write them, not the passages retrieved of it
 * @param newlyAsked the words that say what a question asked after a statement newly asks, its relation to the story
 *     the statement tells ({@link NewlyAsked#wordsOf}); empty for a question asked on its own
 */
record QuestionForm(
        AnswerType type,
        Set<String> focus,
        List<List<String>> entities,
        List<List<String>> background,
        Set<String> descriptors,
        Set<String> years,
        Set<String> numbers,
        Recency recency,
        String kindOf,
        Set<String> askedYears,
        Set<String> editionYears,
        List<List<String>> people,
        List<List<String>> describing,
        List<List<String>> scene,
        Set<String> newlyAsked) {
    static final Pattern WH =
            Pattern.compile("(?i)\\b(who|whom|whose|when|where|which|what|how (?:many|much|old|long|far))\\b");
    /**
     * The end of a statement that comes before the question ("The IRS is now accepting returns. In which month…"), its
     * closing quotation mark with it ("…would be “in cuffs.” Which town…"), not
     * the full stop of an initial or an abbreviation ("U.S. President", "Gov. Chris Sununu", "Jan. 5"). The look-ahead
     * comes first so that the look-behinds are tried only where a sentence may end, not at every character.
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?=[.!])(?<!\\b\\p{Lu})(?<!\\p{Lu}\\.\\p{Lu})"
                    + "(?<!\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
                    + "|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs))[.!][\"”’]?(?=\\s+\\p{Lu})"
                    // "…awards for clean school buses this week; in how many states…": a statement, then the question.
                    + "|;(?=\\s+(?i:(?:in|at|on|for|by|from|to|of|with|and)\\s+)?(?i:what|which|who|whom|whose|how|when|where|why)\\b)");

    /** "Class of 2022": an intake named by its year, whose ballot and candidates are settled the year before. */
    private static final Pattern CLASS_OF_YEAR = Pattern.compile("\\bClass of ((?:19|20)\\d{2})\\b");

    /**
     * "What percentage", "what rate", and a percentage named after its measure: "what was the statewide voter turnout
     * percentage", "what is the party's vote share".
     */
    private static final Pattern ASKS_PERCENT = Pattern.compile(
            "(?i)\\bwhat (?:percentage|percent|share|proportion|rate)\\b|\\bwhat (?:is|was|were|are) "
                    + "(?:the|its|their|his|her)\\s+(?:[\\w'’-]+\\s+){0,3}(?:percentage|share(?!\\s+prices?\\b)|proportion)\\b");
    /**
     * A game's score, or a vote's tally ("by what vote", "what was the final tally", "what was the final Senate vote
     * tally"): both are written "112-86".
     */
    private static final Pattern ASKS_SCORE =
            Pattern.compile("(?i)\\bwhat (?:was|is|were) the (?:final )?(?:score|tally|vote)\\b"
                    // A body's vote ("the final Senate vote tally"), not a test's score ("the SAT score").
                    + "|\\bwhat (?:was|is|were) the (?:final )?(?-i:\\p{Lu}[\\w.-]*) (?:vote )?(?:tally|vote)\\b"
                    + "|\\b(?:by )?what (?:final )?(?:score|vote|tally)\\b");

    private static final Pattern ASKS_AMOUNT = Pattern.compile("(?i)\\bhow much(?= (?:did|does|do|is|"
            + "was|were|are|will|would|has|have|had|can|could|must|should|it|they)\\b"
            + "|(?: [\\w-]+){0,2} (?:money|cash|funding|"
            + "funds|financing|loans?|debts?|revenue|compensation|damages?)\\b)|\\bhow many (?:dollars|euros|yen|yuan)\\b"
            + "|\\bhow much (?:per|an|a) (?:hour|day|week|month|year|gallon|share|ticket|person|barrel)\\b"
            // "How much in extra benefits", "what does a night in a cabin cost (to rent)?", "what did the house sell
            // for", "what did Musk pay for Twitter"; not "what did the scandal cost him" nor "what will the bond pay
            // for".
            + "|\\bhow much in\\b(?! (?:advance|common|the way)\\b)|\\bwhat (?:does|did|do|will|would) [^?]{1,80}?"
            + " (?:(?<!\\bthe |['’]s |\\bits |\\btheir )cost(?: to \\w[^?]*)?\\?|sell for\\b|pay for \\w)"
            + "|\\b(?:what|which) (?:price|amount|cost|fee|fine|salary|sum)\\b"
            // "What average salary", "what total cost"; not "what total amount of snow".
            + "|\\b(?:what|which) (?:average|median|annual|yearly|starting|base|minimum|maximum|total|top) "
            + "(?:price|cost|fee|fine|salary)\\b|\\b(?:what|which) (?:(?:net|gross|operating|annual|quarterly) )?(?:revenue|profit|"
            + "valuation|bail|ransom|payout|wage|income|earning)s?\\b"
            + "(?! (?:growth|margins?|conditions|funds?|rates?|increases?|declines?|tax(?:es)?|groups?|brackets?|levels?|"
            + "inequality|gaps?|limits?|thresholds?|requirements?)\\b)|\\bwhat (?:is|was|were|are|will|would) "
            // "What was the price", "what was Patrick Miller's annual salary".
            + "(?:the|his|her|its|their|(?:[\\w.-]+ ){0,3}?[\\w.-]+['’]s) "
            + "(?:(?!(?:of|for|to|in|on|at|by|with|that|which|a|an|the)\\b)[\\w'’-]+ ){0,2}"
            + "(?:price|amount|cost|value|"
            + "fine|fee|salary|sum|wage(?! (?:growth|gap|laws?|increases?|rates?)\\b))(?![\\w-])");
    /**
     * "How many", "what age", and a figure or a level a measure reaches or stands at ("will top out at what figure", "to
     * what level could the rate climb", "what was the figure", "what was the total in 2021"); "which figure in the
     * scandal" asks for a person.
     */
    private static final Pattern ASKS_COUNT = Pattern.compile(
            "(?i)\\bhow (?:many|much|old|long|far|deep|tall|wide)\\b|\\bwhat (?:number|age)\\b"
                    + "|\\b(?:at|to|by) what (?:figure|level)\\b|\\bwhat (?:is|was|will be) the (?:figure\\b|total(?=\\s*(?:[?,]|$|(?:in|for|of|at|on|by|last|this|that)\\b)))");

    /**
     * A year of a kind, which a year answers, right before the verb or the end of the asking: "which birth year does
     * he expect", "in what fiscal year did revenue peak", "in which Olympic year?". Not a year that modifies a noun
     * ("what gap year program", "which election year promise"), nor "what was year-end revenue", "which second year
     * quarterback", "which previous year's winner". Shared with {@link AskedFor}, which then asks a year.
     */
    static final String YEAR_OF_A_KIND =
            "\\b(?:what|which) (?!(?:last|this|next|that|each|every|previous|prior|the|a|an|is|was|are|were|"
                    + "first|second|third|fourth|fifth|final|one|two|three|four|five|\\d+)\\b)[\\p{L}][\\w-]* years?"
                    + "(?=\\s+(?:did|does|do|is|was|were|will|would|has|have|had|could|can|should|might|must)\\b"
                    + "|\\s*[?,])";

    private static final Pattern ASKS_DATE = Pattern.compile("(?i)^\\s*when\\b|\\bwhen (?:did|does|do|is|was|will)\\b|"
            + "\\b(?:what|which) (?:date|day|year|month|time|season)s?\\b|\\bsince when\\b|"
            + YEAR_OF_A_KIND + "|"
            + "\\bwhat (?:is|was|are|were) the (?:\\w+ )?(?:date|day|year|month|time|season)s?(?![\\w-])");
    /**
     * "What was his name?", "What were their names?": a person's name, whatever the sentence before asked with "who"
     * ("their name" may be a body's; "their names" are people's more often than bodies').
     */
    private static final Pattern ASKS_PERSONS_NAME =
            Pattern.compile("(?i)\\bwhat (?:is|was|are|were) (?:his|her) (?:full |first |last |real )?name\\b"
                    + "|\\bwhat (?:are|were) their (?:full |first |last |real )?names\\b"
                    // "Who was he?": the person the statement before tells of, whom "he" or "she" names.
                    + "|\\bwho (?:is|was) (?:he|she)\\s*\\?");

    /** "What was the baby's name?", "What is the ship's name?": the name of the thing before it, of its kind. */
    private static final Pattern ASKS_NAME_OF_ONE = Pattern.compile(
            "(?i)\\bwhat (?:is|was) (?:the|their|his|her|its) ([\\p{L}-]+)['’]s? (?:full |first |last |real )?name\\b");

    /**
     * "Where did Delaware place?", "where did the Panthers finish in the standings?", "where does Ohio State rank?": a
     * rank, no place, when a capitalised side or a table is ranked ("where will the marathon finish?" asks a place).
     */
    private static final Pattern WHERE_RANKED = Pattern.compile("\\b(?i:where (?:did|does|do|will|would)) "
            + "(?:(?i:the) )?(?:\\p{Lu}[\\p{L}.&'’-]*\\s){1,4}(?i:rank|place|finish)\\s*(?:\\?|$|(?i:in|among|on)\\s)"
            + "|(?i)\\bwhere (?:did|does|do|will|would) .{1,60}?\\b(?:rank|place|finish) (?:in|on|among) (?:the )?"
            + "(?:standings|rankings|polls?|table|field)\\b");

    /**
     * "Who is the chief executive", "Who is Tesco's chief executive", "Who is Bank of America's chief executive", "Who
     * was that commissioner": the post after it is the kind asked for.
     */
    private static final Pattern WHO_IS_THE =
            Pattern.compile("(?i)^\\W*who (?:is|was|are|were) (?:(?:the|a|an|that|this|these|those)\\b"
                    + "|(?=(?:(?-i:\\p{Lu})[\\p{L}.&-]*\\s(?:(?:of|&)\\s)?){0,3}(?-i:\\p{Lu})[\\p{L}.&-]*['’]s\\s))");
    /**
     * The post a person is given or comes to hold: "appoint as deputy prime minister", "was elected president", "named
     * the coach", "to become the world champion".
     */
    private static final Pattern ROLE_GIVEN = Pattern.compile("(?i)\\b(?:as|(?:was|were|be|been) (?:named|appointed|"
            + "elected|chosen|picked|nominated|sworn in as)|become|became|becomes)"
            + "(?: (?:the|a|an|its|their|his|her))?\\b");
    /**
     * "What was the flight number", "what is the number of the bill": a code that names one thing of a kind ("Flight
     * 1282", "SB 264"), not a count; the kind's noun is captured before "number" or after "number of the".
     */
    private static final Pattern ASKS_CODE = Pattern.compile("(?i)\\bwhat (?:is|was) (?:the |its |their )?"
            + "(?:(\\p{L}+) number\\b|number of (?:the|its|their|his|her) (\\p{L}+)\\b)");

    /** The head of the asked-for kind of a question asking for a code ({@link #codedKind}). */
    private static final String CODE_NOUN = "number";

    private static final Set<String> BE_FORMS = Set.of("is", "was", "are", "were");
    /** Words that point back at what the story told of ("that company"), as "the" does. */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    /**
     * "The name of his boat": a possessive determiner points at the kind after it, as an article does. "Her" is left
     * out: after a verb it is its object ("what did fans nickname her last season").
     */
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "its", "their", "our", "my", "your");

    private static final Set<String> KIND_WORDS = Set.of("type", "kind", "sort", "form");
    private static final Pattern KIND_OF = Pattern.compile("(?i)\\b(?:what|which) (?:type|kind|sort|form)s? of\\b");
    /**
     * Nouns for a measure, which a number answers: "what top wind speed" ("130 mph"), "what magnitude earthquake"
     * ("7.8"); "which speed skater" asks for a person.
     */
    private static final Set<String> MEASURE_NOUNS = Set.of(("speed temperature height distance depth length weight "
                    + "magnitude altitude elevation attendance population capacity rate winds gusts toll turnout")
            .split(" "));
    /**
     * Nouns for what is said or done rather than named: "what safety advice", "what reason", "what steps" ask for
     * content, which the sentence itself gives.
     */
    private static final Set<String> CONTENT_NOUNS = Set.of(("advice message warning warnings reason reasons step "
                    + "steps action actions measure measures change changes rule rules policy plan role demand demands "
                    + "request promise claim claims allegation allegations concern concerns explanation proposal decision "
                    + "condition conditions terms effect effects impact problem problems issue issues mistake goal aim "
                    + "purpose lesson guidance recommendation recommendations instructions precautions threat risk risks "
                    + "evidence information details statement comment comments remarks response reaction assurance "
                    + "commitment offer question questions advantage benefit benefits cause principle principles "
                    + "ideology doctrine strategy stance position approach view views belief beliefs idea ideas "
                    + "sentence penalty punishment verdict ruling charge charges")
            .split(" "));

    private static final Set<String> SINGULAR_IN_S = Set.of(
            "news",
            "series",
            "species",
            "olympics",
            "physics",
            "economics",
            "politics",
            "mathematics",
            "means",
            "headquarters");
    /** The people of a place or a party, named in the plural: "Americans", "Ukrainians", "Republicans". */
    private static final Pattern PEOPLE_OF_A_PLACE = Pattern.compile("\\p{Lu}\\p{Ll}+ans");

    private static final int MAX_FOCUS_WORDS = 6;
    private static final String APPROXIMATORS =
            "more than|over|nearly|almost|about|around|roughly|some|at least|up to|fewer than|less than";
    /** A number a question rounds: the number after "more than", "nearly", "around". */
    private static final Pattern APPROXIMATE =
            Pattern.compile("(?i)\\b(?:" + APPROXIMATORS + ")\\s+([$€£]?[\\d.,]+(?:\\s(?:million|billion))?|\\p{L}+)");
    /** Those who act on a person in the news, named as a body: "the man police arrested". */
    private static final Set<String> ACTING_BODIES = Set.of(("police authorities officials investigators prosecutors "
                    + "officers agents troops soldiers voters fans critics doctors")
            .split(" "));

    /** The words that open a phrase pointing back at what the statement before a question told. */
    static final Set<String> DEFINITE =
            Set.of("the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "your");
    /** The words of the approximators: "of about 600", "with more than 5,000". */
    static final Set<String> APPROXIMATOR_WORDS = Set.copyOf(List.of(APPROXIMATORS.split("[| ]")));
    /** Punctuation that ends a noun phrase: a comma, a colon, a bracket, a dash between spaces. */
    private static final Pattern PHRASE_BREAK = Pattern.compile("[,;:()\\[\\]?!]|\\s[–—-]\\s");

    /** "The other two", "the other 11 players": a count of the story's others, after "other". */
    private static final Pattern OTHERS_COUNTED = Pattern.compile("(?i)(?<!\\beach\\s)\\bother\\s+([\\p{L}\\d,]+)");

    /**
     * A possessive, then a quoted title that no noun follows: "'s 'The White Lotus'?", "’s “Wednesday,”"; not a quoted
     * remark ("Vance's 'childless cat ladies' remark").
     */
    private static final Pattern OWNED_TITLE_AFTER =
            Pattern.compile("['’]s\\s+[\"“'‘]\\p{Lu}[^\"”?]*?[\"”'’](?:[,.?!;]|\\s++(?!\\p{Ll}))");

    private static final int MAX_DESCRIPTOR_WORDS = 2;
    /**
     * Words that go on after a verb's object ("upset Måneskin to be named…"), not after a name inside a kind's noun
     * phrase ("Secretaries of State", "official Biden will nominate").
     */
    private static final Set<String> AFTER_OBJECT = Set.of(
            "to", "in", "at", "on", "for", "with", "by", "from", "as", "and", "after", "before", "during", "into");

    QuestionForm {
        // In the question's order: the last word is the head noun of the kind asked for.
        focus = Collections.unmodifiableSet(new LinkedHashSet<>(focus));
        descriptors = Set.copyOf(descriptors);
        entities = entities.stream().map(List::copyOf).toList();
        background = background.stream().map(List::copyOf).toList();
        years = Set.copyOf(years);
        numbers = Set.copyOf(numbers);
    }

    /**
     * Whether the question asks for several things: a count in its focus ("which two regions") or a plural head
     * ("which teams"), not a noun that only ends in "s" ("news", "series", "species", "business").
     */
    boolean asksForSeveral() {
        if (focus.stream().anyMatch(Words::isNumberWord)) {
            return true;
        }
        String head = focusHead();
        return head.length() > 3
                && head.endsWith("s")
                && !head.endsWith("ss")
                && !head.endsWith("us")
                && !head.endsWith("is")
                && !SINGULAR_IN_S.contains(head);
    }

    /** How many things the question asks for when it counts them ("which two regions": 2), or 0. */
    int count() {
        return focus.stream()
                .mapToInt(Words::numberWordValue)
                .filter(n -> n > 0)
                .findFirst()
                .orElse(0);
    }

    /**
     * The kind of thing whose code the question asks for: "flight" of "What was the flight number…" ("Flight 1282"),
     * "bill" of "What is the number of the bill…" ("SB 264"); empty when it asks for no code.
     */
    Optional<String> codedKind() {
        return type == AnswerType.NAME && focus.size() == 2 && focusHead().equals(CODE_NOUN)
                ? Optional.of(focus.iterator().next())
                : Optional.empty();
    }

    /** Whether the question asks for a person: "who", or a noun for one ("which federal judge"). */
    boolean asksForPerson() {
        return type == AnswerType.PERSON || type == AnswerType.NAME && NameKind.isPersonNoun(focusHead());
    }

    /** Whether the question asks for a person's relative by the tie ("who is Carty's wife", "which son"). */
    boolean asksForRelative() {
        return askedTie().isPresent();
    }

    /** The words that say the family tie asked for ("which son": "son", "children"), when one is. */
    Optional<Pattern> askedTie() {
        return type.isName() ? Kinship.tieOf(focusHead()) : Optional.empty();
    }

    /** The head noun of the kind asked for, the last word of its focus ("team" of "which NFL team"), or "". */
    String focusHead() {
        return focus.isEmpty() ? "" : focus.stream().reduce((a, b) -> b).orElseThrow();
    }

    static QuestionForm of(String question) {
        List<Phrase> words = Words.of(question);
        String asking = asking(question);
        Set<String> focus = new LinkedHashSet<>();
        AnswerType type = type(question, asking, words, focus);
        // "HBO's 'The White Lotus'": a work's title names it; the network, streamer or studio whose it is only
        // describes it, and a story that writes the title need not write its owner.
        List<List<String>> owners = ownersOfTitledWorks(question);
        // A name inside the asked-for kind ("NFL" of "which NFL team") qualifies the answer; it is not a constraint
        // the evidence must repeat.
        List<List<String>> entities = entities(question, words).stream()
                .filter(e -> !focus.containsAll(e))
                .filter(e -> !owners.contains(e))
                .toList();
        DescribingClauses describing = DescribingClauses.of(asking);
        return new QuestionForm(
                type,
                focus,
                entities,
                background(question, asking, entities),
                descriptors(question, words),
                Years.in(question),
                numbers(question, asking, focus, describing),
                Recency.of(question),
                kindOf(question, words),
                Years.in(asking),
                editionYears(asking),
                people(asking, entities, describing),
                describing(asking, entities, describing),
                namedOnlyWhere(asking, entities, describing::setsScene),
                NewlyAsked.wordsOf(statementBefore(question, asking), asking, type, focus));
    }

    /**
     * The years of {@code asking} written before a name ("2024" of "the 2024 Grammy Awards", not of "in 2024") or after
     * "Class of" ("the Hall of Fame's Class of 2022", elected the year before).
     */
    private static Set<String> editionYears(String asking) {
        Set<String> editions = new LinkedHashSet<>();
        Matcher classOf = CLASS_OF_YEAR.matcher(asking);
        while (classOf.find()) {
            editions.add(classOf.group(1));
        }
        List<Phrase> words = Words.of(asking);
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i).text();
            if (Years.is(word) && Words.isCapitalised(words.get(i + 1).text())) {
                editions.add(word);
            }
        }
        return editions;
    }

    /**
     * The values of the numbers {@code question} states, those of a statement before its asking sentence and of the
     * phrase that sets its scene only when they tell one event from another, less its years, a count in its focus and
     * a count of the story's others.
     */
    private static Set<String> numbers(
            String question, String asking, Set<String> focus, DescribingClauses describing) {
        Set<String> numbers = new LinkedHashSet<>(StatedNumbers.identifying(statementBefore(question, asking)));
        // A phrase that sets the scene before the asking sentence's main clause does so as a statement before it does,
        // and dates the event as the asking words would ("On Jan. 6, which senators objected…").
        String scene = describing.scene(asking);
        numbers.addAll(StatedNumbers.identifying(scene));
        numbers.addAll(StatedNumbers.days(scene));
        numbers.addAll(StatedNumbers.asked(withoutOthersCounted(describing.withoutScene(asking))));
        numbers.removeAll(Years.in(question));
        focus.forEach(word -> numbers.removeAll(StatedNumbers.in(word)));
        // "For more than four decades", "worth around $1.2 billion": a rounded quantity, which a story writes its own
        // way ("more than 40 years", "£1 billion").
        Matcher approximate = APPROXIMATE.matcher(question);
        while (approximate.find()) {
            numbers.removeAll(StatedNumbers.in(approximate.group(1)));
        }
        return numbers;
    }

    /**
     * The noun a "what kind of" question asks a kind of ("cheese" of "what type of cheese does he order"), or "": the
     * answer names a kind of it, so the sentence that answers writes it.
     */
    private static String kindOf(String question, List<Phrase> words) {
        Matcher m = KIND_OF.matcher(question);
        if (!m.find()) {
            return "";
        }
        Set<String> phrase = new LinkedHashSet<>();
        collectFocus(question, words, indexAfter(words, m.end()), phrase);
        return phrase.stream().reduce((a, b) -> b).orElse("");
    }

    private static AnswerType type(String question, String asking, List<Phrase> words, Set<String> focus) {
        if (ASKS_PERCENT.matcher(asking).find()) {
            return AnswerType.PERCENT;
        }
        if (ASKS_SCORE.matcher(asking).find()) {
            return AnswerType.SCORE;
        }
        if (ASKS_AMOUNT.matcher(asking).find()) {
            return AnswerType.AMOUNT;
        }
        if (ASKS_COUNT.matcher(asking).find()) {
            return AnswerType.COUNT;
        }
        if (ASKS_DATE.matcher(asking).find()) {
            return AnswerType.DATE;
        }
        if (ASKS_PERSONS_NAME.matcher(asking).find()) {
            focus.add("person");
            return AnswerType.PERSON;
        }
        Matcher nameOfOne = ASKS_NAME_OF_ONE.matcher(question);
        if (nameOfOne.find()) {
            String kind = nameOfOne.group(1).toLowerCase(Locale.ROOT);
            focus.add(kind);
            return NameKind.isPersonNoun(kind) ? AnswerType.PERSON : AnswerType.NAME;
        }
        // The asking sentence holds the question word, as it holds the words read above: a statement before it may
        // write "when", "who" or "how many" as words of its own ("Pauk asked DeSantis when people like Fauci would be
        // “in cuffs.” Which Iowa town is Pauk from?").
        Matcher wh = WH.matcher(question).region(question.length() - asking.length(), question.length());
        if (!findQuestionWord(question, wh)) {
            wh = WH.matcher(question);
            if (!findQuestionWord(question, wh)) {
                return AnswerType.ANY;
            }
        }
        String word = wh.group(1).toLowerCase(Locale.ROOT);
        if (word.equals("who") || word.equals("whom") || word.equals("whose")) {
            // "Who is the chief executive of Masimo?": the role is the kind asked for, a person's.
            // "Who did Anwar Ibrahim appoint as deputy prime minister?", "Who was elected president?": so is the post
            // the question names the holder by.
            // After a statement, the asking sentence opens with it: "Texas seized a park. Who is the mayor of…"
            Matcher role = WHO_IS_THE.matcher(question).region(question.length() - asking.length(), question.length());
            Matcher post = ROLE_GIVEN.matcher(question);
            int from = role.find() ? role.end() : post.find(wh.end()) ? post.end() : -1;
            if (from >= 0) {
                collectRole(question, words, indexAfter(words, from), focus);
                // A post is a person's noun though not written as one ("superintendent", "sheriff").
                String head = focus.stream().reduce((a, b) -> b).orElse("");
                if (!NameKind.isPersonNoun(head) && Positions.spellings(head).isEmpty()) {
                    focus.clear();
                }
            }
            return AnswerType.PERSON;
        }
        if (word.equals("where")) {
            return WHERE_RANKED.matcher(question).find() ? AnswerType.ANY : AnswerType.PLACE;
        }
        // "What is the name of the storm", "what is it called": the kind follows the naming words, or is not written;
        // a naming verb ("what is the sculpture called") is read after a code's number ("the number of the bill").
        Optional<NamingQuestion> nameOf = NamingQuestion.nameOf(question);
        if (nameOf.isPresent()) {
            nameOf.get().kindFrom().ifPresent(from -> collectFocus(question, words, indexAfter(words, from), focus));
            return AnswerType.NAME;
        }
        Matcher code = ASKS_CODE.matcher(question);
        if (code.find()) {
            String noun = Words.base(code.group(1) != null ? code.group(1) : code.group(2));
            // "The number of the victims" counts them; "the total number" or "the attendance number" asks no code.
            if (code.group(2) != null && Words.isPlural(noun)) {
                return AnswerType.COUNT;
            }
            if (Codes.isCodedNoun(noun)) {
                focus.clear();
                focus.add(noun);
                focus.add(CODE_NOUN);
                return AnswerType.NAME;
            }
        }
        Optional<NamingQuestion> namedByVerb = NamingQuestion.namedByVerb(question);
        if (namedByVerb.isPresent()) {
            namedByVerb
                    .get()
                    .kindFrom()
                    .ifPresent(from -> collectFocus(question, words, indexAfter(words, from), focus));
            return AnswerType.NAME;
        }
        if (word.equals("which") || word.equals("what")) {
            int next = indexAfter(words, wh.end());
            if (next < words.size()
                    && !Words.isClosedClass(words.get(next).text())
                    && !KIND_WORDS.contains(words.get(next).text().toLowerCase(Locale.ROOT))) {
                collectFocus(question, words, next, focus);
                String head = focus.stream().reduce((a, b) -> b).orElse("");
                if (namesAMeasure(focus)) {
                    return AnswerType.COUNT;
                }
                if (Sports.isSportNoun(head)) {
                    return AnswerType.SPORT;
                }
                if (!CONTENT_NOUNS.contains(head)) {
                    return AnswerType.NAME;
                }
                focus.clear();
            }
        }
        if (word.equals("what") && measureAsked(question, words, wh.end())) {
            return AnswerType.COUNT;
        }
        return AnswerType.ANY;
    }

    /**
     * Whether "what" and a form of "be" ask for a measure by its noun: "What was the magnitude of the earthquake?",
     * "What was the country's fertility rate for 2022?" (a possessor before the noun is a constraint).
     */
    private static boolean measureAsked(String question, List<Phrase> words, int after) {
        int next = indexAfter(words, after);
        if (next >= words.size() || !BE_FORMS.contains(words.get(next).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int from = next + 1;
        for (int i = from; i < Math.min(words.size(), next + 1 + MAX_FOCUS_WORDS); i++) {
            String w = words.get(i).text();
            if (isPossessor(w)) {
                from = i + 1;
            } else if (Words.isClosedClass(w) && !Words.isArticle(w)) {
                break;
            }
        }
        while (from < words.size() && Words.isArticle(words.get(from).text())) {
            from++;
        }
        Set<String> measured = new LinkedHashSet<>();
        collectFocus(question, words, from, measured);
        return namesAMeasure(measured) || participleBeforeMeasure(words, from);
    }

    /** Whether an asked-for kind is a measure: its head is a measure's noun, or it opens with "magnitude". */
    private static boolean namesAMeasure(Set<String> kind) {
        return MEASURE_NOUNS.contains(kind.stream().reduce((a, b) -> b).orElse(""))
                || kind.stream().findFirst().orElse("").equals("magnitude");
    }

    /**
     * "The maximum sustained winds", "the estimated turnout": a past participle before a measure's noun describes it,
     * where elsewhere a past form ends the asked-for kind ("which company recalled…").
     */
    private static boolean participleBeforeMeasure(List<Phrase> words, int from) {
        for (int i = from; i + 1 < Math.min(words.size(), from + MAX_FOCUS_WORDS); i++) {
            String w = words.get(i).text();
            if (Words.isClosedClass(w)) {
                return false;
            }
            if (Words.isPastTense(w)
                    && MEASURE_NOUNS.contains(Words.base(words.get(i + 1).text()))) {
                return true;
            }
        }
        return false;
    }

    /** A possessor before a noun: a possessive ("country's") or "its", "their". */
    private static boolean isPossessor(String word) {
        return Names.isPossessive(word) || word.equals("its") || word.equals("their");
    }

    /**
     * Moves {@code wh} to the question's own question word, past those that open a relative clause between commas
     * ("The debate, which Donald Trump skipped, was held in which Alabama city?"); one after a comma with no comma
     * after it asks ("In the salmonella outbreak, which state has…"). False when there is none.
     */
    private static boolean findQuestionWord(String question, Matcher wh) {
        while (wh.find()) {
            boolean afterComma =
                    question.substring(0, wh.start()).stripTrailing().endsWith(",");
            if (!afterComma || question.indexOf(',', wh.end()) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun phrase after "which": up to six words after any article ("the new limited-edition Oreo cookie", "Cubs
     * minor league pitching coach"), up to the next closed-class word, verb, time word or punctuation ("Which comedian,
     * currently on tour, …").
     */
    private static void collectFocus(String question, List<Phrase> words, int from, Set<String> focus) {
        collectPhrase(question, words, from, from, focus);
    }

    /**
     * The role after "who is the": a possessor there is a constraint, not what is asked ("Who is the association's
     * chief executive?" asks for an executive).
     */
    private static void collectRole(String question, List<Phrase> words, int from, Set<String> focus) {
        collectPhrase(question, words, from, -1, focus);
    }

    /**
     * Whether the word at {@code i} opens a clause about the person the focus names: "the man police arrested", "the
     * woman prosecutors charged" (a body that acts, then its verb, after a person's noun).
     */
    private static boolean startsRelativeClause(List<Phrase> words, int i, Set<String> focus) {
        return !focus.isEmpty()
                && i + 1 < words.size()
                && NameKind.isPersonNoun(words.get(i - 1).text())
                && ACTING_BODIES.contains(Words.base(words.get(i).text()))
                && Words.isPastTense(words.get(i + 1).text());
    }

    /**
     * Whether the word at {@code i} is a verb whose object is a name: a lower-case word after a lower-case noun of the
     * kind and before a capitalised word ("which jazz singer upset Måneskin"). A kind's nouns come after the names
     * that qualify it ("which Cubs minor league pitching coach"), not before them.
     */
    private static boolean verbBeforeName(String question, List<Phrase> words, int i, int from) {
        if (i == from
                || i + 1 >= words.size()
                || Words.isCapitalised(words.get(i - 1).text())
                || Words.isCapitalised(words.get(i).text())
                || !Words.isCapitalised(words.get(i + 1).text())
                || words.get(i + 1).text().equals(words.get(i + 1).text().toUpperCase(Locale.ROOT))
                || breaksBetween(question, words, i + 1)) {
            return false;
        }
        // A name before a noun qualifies it ("which new limited-edition Oreo cookie"): an object ends the phrase.
        int next = i + 1;
        while (next < words.size()
                && Words.isCapitalised(words.get(next).text())
                && !breaksBetween(question, words, next)) {
            next++;
        }
        return !NameKind.isTitle(words.get(i + 1).text())
                && (next == words.size()
                        || breaksBetween(question, words, next)
                        || AFTER_OBJECT.contains(words.get(next).text().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether the word at {@code i} is a verb in the present tense before its object: a lower-case word in "-s" after a
     * singular noun of the kind and before a determiner ("which Rhode Island Democrat chairs that subcommittee", "which
     * team plays the Chiefs"); "that" before a closed-class word or a past form opens a clause instead ("which state
     * agencies that the governor oversees").
     */
    private static boolean presentVerbBeforeObject(List<Phrase> words, int i, Set<String> focus) {
        if (focus.isEmpty() || i + 1 >= words.size()) {
            return false;
        }
        String w = words.get(i).text();
        String next = words.get(i + 1).lower();
        // "this" and "these" open a time as often ("which state lawmakers this week proposed…").
        boolean determiner = DEFINITE.contains(next) && !DEMONSTRATIVES.contains(next)
                || next.equals("a")
                || next.equals("an")
                || next.equals("that")
                        && i + 2 < words.size()
                        && !Words.isClosedClass(words.get(i + 2).text())
                        && !Words.isPastTense(words.get(i + 2).text());
        return !Words.isCapitalised(w)
                && Words.isPlural(w)
                && !Words.isPlural(words.get(i - 1).text())
                && determiner;
    }

    /** Whether punctuation stands between the word at {@code i} and the one before it. */
    private static boolean breaksBetween(String question, List<Phrase> words, int i) {
        return PHRASE_BREAK
                .matcher(question.substring(words.get(i - 1).end(), words.get(i).start()))
                .find();
    }

    /**
     * Whether the word at {@code i}, in "-ed", is an adjective made of a word and a participle before the noun it
     * describes ("two self-proclaimed republics", "which state-owned bank"), not a verb ("which country test-fired a
     * missile", "which congressman co-sponsored Sen. Rubio's bill").
     */
    private static boolean isCompoundAdjective(List<Phrase> words, int i) {
        if (!Names.isCompoundModifier(words.get(i).text()) || i + 1 >= words.size()) {
            return false;
        }
        String next = words.get(i + 1).text();
        return !Words.isCapitalised(next) && !Words.isClosedClass(next) && !Words.isPastTense(next);
    }

    /** Whether the word at {@code i} is an adverb before a verb: "which federal judge temporarily barred…". */
    private static boolean modifiesVerb(List<Phrase> words, int i) {
        String w = words.get(i).text();
        return w.endsWith("ly")
                && !Words.isCapitalised(w)
                && i + 1 < words.size()
                && Words.isPastTense(words.get(i + 1).text());
    }

    /**
     * Whether the word at {@code i} is a demonstrative or a possessive determiner and a word that may be a noun follows
     * it.
     */
    private static boolean determinerBeforeNoun(List<Phrase> words, int i) {
        String word = words.get(i).text().toLowerCase(Locale.ROOT);
        if (!DEMONSTRATIVES.contains(word) && !POSSESSIVE_DETERMINERS.contains(word) || i + 1 >= words.size()) {
            return false;
        }
        String next = words.get(i + 1).text();
        return !Words.isClosedClass(next) && !Words.isPastTense(next);
    }

    /** @param first the word whose possessive asks for the possessor ("which country's"), or -1 */
    private static void collectPhrase(String question, List<Phrase> words, int from, int first, Set<String> focus) {
        // "What is the name of that company?", "the name of his boat": a demonstrative or a possessive before a noun
        // points back at the kind, as an article does; "those killed" and "that called" have none.
        while (from < words.size() && (Words.isArticle(words.get(from).text()) || determinerBeforeNoun(words, from))) {
            from++;
        }
        for (int i = from; i < Math.min(words.size(), from + MAX_FOCUS_WORDS); i++) {
            String w = words.get(i).text();
            // "Which Hall of Fame pitcher": "of" inside a name qualifying the kind.
            if (w.equals("of") && i > from && nameOfBeforeKind(words, i)) {
                continue;
            }
            // "Which comedian announced…", "which NFL team won…", "which NFL team recently won…": the kind ends
            // where the verb or a word that only says when starts.
            if (Words.isClosedClass(w)
                    || !focus.isEmpty()
                            && (Words.isPastTense(w) && !isCompoundAdjective(words, i)
                                    || Recency.isTimeWord(w)
                                    || modifiesVerb(words, i))
                    || i > from && breaksBetween(question, words, i)
                    || startsRelativeClause(words, i, focus)
                    || verbBeforeName(question, words, i, from)
                    || presentVerbBeforeObject(words, i, focus)) {
                break;
            }
            if (w.endsWith("'s") || w.endsWith("’s")) {
                // "Which country's ambassador": "which" asks for the possessor, a noun right after it.
                if (i == first && !Words.isCapitalised(w)) {
                    focus.add(Words.base(w));
                    return;
                }
                // "the Hamburgler's car": the possessor is a constraint, the kind asked for follows it.
                focus.clear();
                continue;
            }
            focus.add(Words.base(w));
        }
    }

    /**
     * Whether the "of" at {@code i} joins a capitalised name that a noun of the asked kind follows ("Hall of Fame
     * pitcher"), not a role to its holder's body ("CEO of OpenAI", "Secretary of State resigned").
     */
    private static boolean nameOfBeforeKind(List<Phrase> words, int i) {
        int j = i + 1;
        while (j < words.size() && Words.isCapitalised(words.get(j).text())) {
            j++;
        }
        if (j == i + 1
                || j == words.size()
                || !Words.isCapitalised(words.get(i - 1).text())) {
            return false;
        }
        String next = words.get(j).text();
        return !Words.isClosedClass(next)
                && !Words.isPastTense(next)
                && !Recency.isTimeWord(next)
                && !next.endsWith("ly");
    }

    private static int indexAfter(List<Phrase> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() >= offset) {
                return i;
            }
        }
        return words.size();
    }

    /**
     * The names of {@code entities} that only the statement before the question names ("Cillian Murphy and Greta
     * Gerwig are among the honorees…. On what date…"): the background the question is asked against. {@code asking}
     * is the question's sentence that asks ({@link #asking}).
     */
    private static List<List<String>> background(String question, String asking, List<List<String>> entities) {
        if (asking.length() == question.length()) {
            return List.of();
        }
        List<List<String>> named = entities(asking, Words.of(asking));
        return entities.stream().filter(e -> !named.contains(e)).toList();
    }

    /** What {@code question} states before its asking sentence ({@link #asking}); "" when nothing precedes it. */
    static String statement(String question) {
        return statementBefore(question, asking(question));
    }

    /** What {@code question} states before {@code asking}, its asking sentence already found. */
    private static String statementBefore(String question, String asking) {
        return question.substring(0, question.length() - asking.length());
    }

    /** The sentence of {@code question} that asks, after any statement before it; the whole question when none. */
    static String asking(String question) {
        int asked = 0;
        Matcher end = SENTENCE_END.matcher(question);
        while (end.find()) {
            asked = end.end();
        }
        return question.substring(asked);
    }

    /**
     * The question's first word when it could be a one-word name ("Japan recently became…", "Peru's Congress…" without
     * its possessive, but also "Insulin manufacturers…"), which {@link #entities} leaves out; "" when the question
     * opens otherwise. Whether it is a name
     * the evidence's own writing tells ({@link EvidenceReader}).
     */
    static String openingWord(String question) {
        List<Phrase> words = Words.of(question);
        if (words.isEmpty()) {
            return "";
        }
        Phrase first = words.getFirst();
        return Names.in(question).stream()
                .filter(n -> n.start() == first.start() && n.end() == first.end())
                // "Peru's Congress impeached…": the story writes "Peru" in its own sentences.
                .map(n -> Names.withoutPossessive(n.text()))
                .filter(n -> !Words.isClosedClass(n) && !Names.isCommonInitialism(n))
                .findFirst()
                .orElse("");
    }

    /**
     * The question's names. The first word of a question is capitalised whatever it is, so a one-word name there
     * ("Insulin manufacturers…") is not taken as a constraint; nor is a common noun's initialism ("TV").
     */
    private static List<List<String>> entities(String question, List<Phrase> words) {
        List<List<String>> entities = new ArrayList<>();
        int firstWordStart = words.isEmpty() ? 0 : words.getFirst().start();
        for (Phrase name : Names.in(question)) {
            List<String> nameWords = nameWords(question, name);
            // "Missing American student…": the opening word is capitalised where it stands, and a nationality
            // before a noun says what someone is, as "the American student" would; neither is a name.
            if (name.start() == firstWordStart
                    && nameWords.size() == 2
                    && Words.isProperAdjective(Words.of(name.text()).getLast().text())
                    && lowerCaseWordAfter(question, name)) {
                continue;
            }
            // "New Year's Eve flooding": a holiday that says when, which the article's date tells; "the Class of 2022"
            // is named by its year, which the asked years hold, and a story says "the 2022 ballot".
            if (Names.holidaySaysWhen(question, name) || namesAClassByItsYear(question, name)) {
                continue;
            }
            // "late-night TV" asks about television, which an article need not write in capitals; "most Americans"
            // says whom, as "most people" would, and a story about them calls them "taxpayers" or "voters".
            // "Rep." of "Rep. Dean Phillips", cut at its full stop, is the title of the name after it.
            // "… would not survive. Roughly what share has closed?": an approximator opening a sentence is no name.
            if (nameWords.isEmpty()
                    || nameWords.size() == 1
                            && (name.start() == firstWordStart
                                    || APPROXIMATOR_WORDS.contains(nameWords.getFirst())
                                    || NameKind.isTitle(nameWords.getFirst())
                                    || Names.isCommonInitialism(name.text())
                                    || PEOPLE_OF_A_PLACE.matcher(name.text()).matches())) {
                continue;
            }
            if (entities.stream().noneMatch(e -> e.equals(nameWords))) {
                entities.add(nameWords);
            }
        }
        return entities;
    }

    /** Whether {@code name} is "Class" of "the Class of 2022" ({@link #CLASS_OF_YEAR}). */
    private static boolean namesAClassByItsYear(String question, Phrase name) {
        Matcher classOf = CLASS_OF_YEAR.matcher(question);
        return name.text().equals("Class") && classOf.find(name.start()) && classOf.start() == name.start();
    }

    /**
     * {@code asked} with the count of the story's others blanked out: "the nearest of the other two" points back at
     * what the story tells, it states no number a story that answers must write ("each other" is no such count).
     */
    private static String withoutOthersCounted(String asked) {
        StringBuilder blanked = new StringBuilder(asked);
        Matcher others = OTHERS_COUNTED.matcher(asked);
        while (others.find()) {
            if (!StatedNumbers.in(others.group(1)).isEmpty()) {
                for (int i = others.start(1); i < others.end(1); i++) {
                    blanked.setCharAt(i, ' ');
                }
            }
        }
        return blanked.toString();
    }

    /** The names {@code question} writes as the owner of a work whose title it quotes: "HBO" of "HBO's 'Succession'". */
    private static List<List<String>> ownersOfTitledWorks(String question) {
        return Names.in(question).stream()
                .filter(name -> OWNED_TITLE_AFTER
                        .matcher(question)
                        .region(name.end() - possessiveEnding(name.text()), question.length())
                        .lookingAt())
                .map(name -> nameWords(question, name))
                .toList();
    }

    /** How many characters of {@code name} are its possessive ending: 2 for "HBO's", 0 for "HBO". */
    private static int possessiveEnding(String name) {
        return name.endsWith("'s") || name.endsWith("’s") ? 2 : 0;
    }

    /** The words of a name of {@code text} a story must write: base forms, less closed-class words and titles. */
    private static List<String> nameWords(String text, Phrase name) {
        return withoutTitleCutOff(
                text,
                name,
                Words.of(name.text()).stream()
                        .map(p -> Words.base(p.text()))
                        .filter(w -> !Words.isClosedClass(w))
                        .toList());
    }

    /**
     * A name's words less a title cut off after it at its full stop: "Indiana Gov." of "Indiana Gov. Mike Pence" is
     * the state, which a story need not write beside the title.
     */
    private static List<String> withoutTitleCutOff(String question, Phrase name, List<String> nameWords) {
        return nameWords.size() > 1 && NameKind.endsWithAbbreviatedTitle(question, name)
                ? nameWords.subList(0, nameWords.size() - 1)
                : withoutLeadingTitle(nameWords);
    }

    /**
     * A person's full name less the title that opens it: "Canadian Prime Minister Justin Trudeau" is Justin Trudeau,
     * whom a story names without the title as often as with it. A name of one word after its title ("President
     * Biden", "King County") is left whole, as is a name whose title stands inside ("Burger King Corp."); a
     * nationality counts only before the title ("Prime Minister Rishi Sunak" keeps "Rishi").
     */
    private static List<String> withoutLeadingTitle(List<String> nameWords) {
        boolean titled = false;
        int first = 0;
        while (first < nameWords.size() - 1 && isTitleWord(nameWords.get(first), titled)) {
            titled |= NameKind.isTitle(nameWords.get(first));
            first++;
        }
        return titled && nameWords.size() - first >= 2 ? nameWords.subList(first, nameWords.size()) : nameWords;
    }

    /**
     * A title or a word a title opens with: "prime" and "minister", "deputy", "former", and before the title a
     * nationality ("Canadian").
     */
    private static boolean isTitleWord(String word, boolean afterTitle) {
        return NameKind.isTitle(word)
                || Positions.isRank(word)
                || Positions.isOfficeModifier(word)
                || word.equals("former")
                || !afterTitle && Words.isProperAdjective(Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }

    /** The names of {@code entities} that {@code asking} writes as a person's: "Rep. Dean Phillips". */
    private static List<List<String>> people(String asking, List<List<String>> entities, DescribingClauses describing) {
        List<List<String>> people = new ArrayList<>();
        for (Phrase name : Names.in(asking)) {
            // "New Hampshire Gov.": the place a title cut off after it is of, not a person.
            // "…on the day Nancy Pelosi met President Tsai": a person only describing the story need not be named
            // beside the answer.
            if (NameKind.endsWithAbbreviatedTitle(asking, name) || describing.describes(name)) {
                continue;
            }
            List<String> nameWords = nameWords(asking, name);
            if (entities.contains(nameWords)
                    && !people.contains(nameWords)
                    && NameKind.of(asking, name) == NameKind.PERSON) {
                people.add(nameWords);
            }
        }
        return people;
    }

    /**
     * The names of {@code entities} that {@code asking} writes only in a part that describes the story ("Facing renewed
     * calls in Congress for a ban, TikTok…", {@link DescribingClauses}).
     */
    private static List<List<String>> describing(
            String asking, List<List<String>> entities, DescribingClauses describing) {
        return namedOnlyWhere(asking, entities, describing::describes);
    }

    /** The names of {@code entities} that {@code asking} writes only where {@code part} holds of the name. */
    private static List<List<String>> namedOnlyWhere(
            String asking, List<List<String>> entities, Predicate<Phrase> part) {
        Map<List<String>, Boolean> onlyDescribed = new HashMap<>();
        for (Phrase name : Names.in(asking)) {
            List<String> nameWords = nameWords(asking, name);
            if (entities.contains(nameWords)) {
                onlyDescribed.merge(nameWords, part.test(name), Boolean::logicalAnd);
            }
        }
        return entities.stream()
                .filter(e -> onlyDescribed.getOrDefault(e, false))
                .toList();
    }

    /** Whether a word in lower case follows {@code name} in {@code question}: "student" of "American student". */
    private static boolean lowerCaseWordAfter(String question, Phrase name) {
        List<Phrase> after = Words.of(question.substring(name.end()));
        return !after.isEmpty()
                && question.substring(name.end(), name.end() + after.getFirst().start())
                        .isBlank()
                && Character.isLowerCase(after.getFirst().text().charAt(0));
    }

    /**
     * The words that stand between two names as a title ("spokeswoman" in "China's Foreign Ministry spokeswoman Hua
     * Chunying"): part of who the question is about, not of what it asks, so a story that names its subject once and
     * gives the title once still answers.
     */
    private static Set<String> descriptors(String question, List<Phrase> words) {
        Set<String> descriptors = new LinkedHashSet<>();
        List<Phrase> names = Names.in(question);
        for (int n = 1; n < names.size(); n++) {
            int from = indexAfter(words, names.get(n - 1).end());
            int to = indexAfter(words, names.get(n).start());
            boolean title = to > from
                    && to - from <= MAX_DESCRIPTOR_WORDS
                    && words.subList(from, to).stream()
                            .noneMatch(w -> Words.isClosedClass(w.text()) || Words.isCapitalised(w.text()));
            if (title) {
                words.subList(from, to).forEach(w -> descriptors.add(Words.base(w.text())));
            }
        }
        return descriptors;
    }
}
