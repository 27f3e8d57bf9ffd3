package dev.sourced.answer;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of answer a question asks for, read from its form: the {@link AnswerType} ("how many" a count, "who" a
 * person, "which airline" a name) and the focus, the words that name the kind ("airline" of "which airline", "car" of
 * "the Hamburgler's car", "chief executive" of "who is the chief executive"). The focus tells which of several names
 * in a sentence is the one asked for.
 *
 * @param type the type of the answer asked for
 * @param focus the words of the kind asked for, in the question's order: the last is its head noun
 * @param kindOf the noun of "what kind of X", whose kind is asked, or ""
 */
record AskedKind(AnswerType type, Set<String> focus, String kindOf) {
    static final Pattern WH =
            Pattern.compile("(?i)\\b(who|whom|whose|when|where|which|what|how (?:many|much|old|long|far))\\b");
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
            // "How much in extra benefits", "what does a night in a cabin cost (to rent, in stores)?", "what did the
            // house sell for", "what did Musk pay for Twitter"; not "what did the scandal cost him" nor "what will the
            // bond pay for".
            + "|\\bhow much in\\b(?! (?:advance|common|the way)\\b)|\\bwhat (?:does|did|do|will|would) [^?]{1,80}?"
            + " (?:(?<!\\bthe |['’]s |\\bits |\\btheir )cost(?: (?:to|in|at|on|per) \\w[^?]*)?\\?|sell for\\b|pay for \\w)"
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
    private static final Pattern ASKS_COUNT =
            Pattern.compile("(?i)\\bhow (?:many|much|old|long|far|deep|tall|wide)\\b|\\bwhat (?:number|age)\\b"
                    + "|\\b(?:at|to|by) what (?:figure|level)\\b|\\bwhat (?:is|was|will be) the (?:figure\\b|total(?=\\s*(?:[?,]|$|(?:in|for|of|at|on|by|last|this|that)\\b)))"
                    // A player's own score is a number ("What was his score when the game froze?"); a game's is two.
                    + "|\\bwhat (?:is|was) (?:his|her) (?:final |high |top |total |best |winning )?score\\b");

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

    AskedKind {
        focus = Collections.unmodifiableSet(new LinkedHashSet<>(focus));
    }

    /**
     * Reads the kind asked from {@code question}, whose sentence that asks is {@code asking} ({@link
     * QuestionForm#asking}) and whose words are {@code words}.
     */
    static AskedKind of(String question, String asking, List<Phrase> words) {
        Set<String> focus = new LinkedHashSet<>();
        AnswerType type = type(question, asking, words, focus);
        return new AskedKind(type, focus, kindNoun(question, words));
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

    /**
     * The noun a "what kind of" question asks a kind of ("cheese" of "what type of cheese does he order"), or "": the
     * answer names a kind of it, so the sentence that answers writes it.
     */
    private static String kindNoun(String question, List<Phrase> words) {
        Matcher m = KIND_OF.matcher(question);
        if (!m.find()) {
            return "";
        }
        Set<String> phrase = FocusPhrase.of(question, words, Words.indexAt(words, m.end()));
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
                focus.addAll(FocusPhrase.role(question, words, Words.indexAt(words, from)));
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
            nameOf.get()
                    .kindFrom()
                    .ifPresent(from -> focus.addAll(FocusPhrase.of(question, words, Words.indexAt(words, from))));
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
                    .ifPresent(from -> focus.addAll(FocusPhrase.of(question, words, Words.indexAt(words, from))));
            return AnswerType.NAME;
        }
        if (word.equals("which") || word.equals("what")) {
            int next = Words.indexAt(words, wh.end());
            if (next < words.size()
                    && !Words.isClosedClass(words.get(next).text())
                    && !KIND_WORDS.contains(words.get(next).text().toLowerCase(Locale.ROOT))) {
                focus.addAll(FocusPhrase.of(question, words, next));
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
        int next = Words.indexAt(words, after);
        if (next >= words.size() || !BE_FORMS.contains(words.get(next).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int from = next + 1;
        for (int i = from; i < Math.min(words.size(), next + 1 + FocusPhrase.MAX_WORDS); i++) {
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
        Set<String> measured = FocusPhrase.of(question, words, from);
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
        for (int i = from; i + 1 < Math.min(words.size(), from + FocusPhrase.MAX_WORDS); i++) {
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
}
