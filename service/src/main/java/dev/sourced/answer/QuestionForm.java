package dev.sourced.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question constrains and what it asks for, read from its form: the kind of answer asked ({@link AskedKind}),
 * the names it mentions ("Luke Littler", "PDC"), the titles between them, the years it names, and how recent the
 * evidence must be ("this week"). The names, years and recency are constraints the evidence must meet; the asked kind's
 * focus tells which of several names in a sentence is the one asked for.
 *
 * @param asked the type of the answer asked for and the words of its kind ({@link AskedKind})
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
 * @param sceneNumbers those of the numbers that only the statement before the question or the phrase setting its scene
 *     states ("Alaska Airlines Flight 1282", "the first woman to lead the Coast Guard"): they tell which story is asked
 *     about, as the names that set its scene do, so its article must write them, not the passage that answers
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
        AskedKind asked,
        List<List<String>> entities,
        List<List<String>> background,
        Set<String> descriptors,
        Set<String> years,
        Set<String> numbers,
        Set<String> sceneNumbers,
        Recency recency,
        Set<String> askedYears,
        Set<String> editionYears,
        List<List<String>> people,
        List<List<String>> describing,
        List<List<String>> scene,
        Set<String> newlyAsked) {
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

    /** The people of a place or a party, named in the plural: "Americans", "Ukrainians", "Republicans". */
    private static final Pattern PEOPLE_OF_A_PLACE = Pattern.compile("\\p{Lu}\\p{Ll}+ans");

    private static final String APPROXIMATORS =
            "more than|over|nearly|almost|about|around|roughly|some|at least|up to|fewer than|less than";
    /** A number a question rounds: the number after "more than", "nearly", "around". */
    private static final Pattern APPROXIMATE =
            Pattern.compile("(?i)\\b(?:" + APPROXIMATORS + ")\\s+([$€£]?[\\d.,]+(?:\\s(?:million|billion))?|\\p{L}+)");
    /** The words of the approximators: "of about 600", "with more than 5,000". */
    static final Set<String> APPROXIMATOR_WORDS = Set.copyOf(List.of(APPROXIMATORS.split("[| ]")));

    /** "The other two", "the other 11 players": a count of the story's others, after "other". */
    private static final Pattern OTHERS_COUNTED = Pattern.compile("(?i)(?<!\\beach\\s)\\bother\\s+([\\p{L}\\d,]+)");

    /**
     * A possessive, then a quoted title that no noun follows: "'s 'The White Lotus'?", "’s “Wednesday,”"; not a quoted
     * remark ("Vance's 'childless cat ladies' remark").
     */
    private static final Pattern OWNED_TITLE_AFTER =
            Pattern.compile("['’]s\\s+[\"“'‘]\\p{Lu}[^\"”?]*?[\"”'’](?:[,.?!;]|\\s++(?!\\p{Ll}))");

    private static final int MAX_DESCRIPTOR_WORDS = 2;

    QuestionForm {
        descriptors = Set.copyOf(descriptors);
        entities = entities.stream().map(List::copyOf).toList();
        background = background.stream().map(List::copyOf).toList();
        years = Set.copyOf(years);
        numbers = Set.copyOf(numbers);
        sceneNumbers = Set.copyOf(sceneNumbers);
    }

    static QuestionForm of(String question) {
        List<Phrase> words = Words.of(question);
        String asking = asking(question);
        AskedKind asked = AskedKind.of(question, asking, words);
        Set<String> focus = asked.focus();
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
        Set<String> sceneNumbers = sceneNumbers(question, asking, focus, describing);
        return new QuestionForm(
                asked,
                entities,
                background(question, asking, entities),
                descriptors(question, words),
                Years.in(question),
                numbers(question, asking, focus, describing, sceneNumbers),
                sceneNumbers,
                Recency.of(question),
                Years.in(asking),
                editionYears(asking),
                people(asking, entities, describing),
                describing(asking, entities, describing),
                namedOnlyWhere(asking, entities, describing::setsScene),
                NewlyAsked.wordsOf(statementBefore(question, asking), asking, asked.type(), focus));
    }

    /** The type of the answer asked for ({@link AskedKind#type}). */
    AnswerType type() {
        return asked.type();
    }

    /** The words of the kind asked for ({@link AskedKind#focus}). */
    Set<String> focus() {
        return asked.focus();
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
            String question, String asking, Set<String> focus, DescribingClauses describing, Set<String> sceneNumbers) {
        Set<String> numbers = new LinkedHashSet<>(sceneNumbers);
        numbers.addAll(stated(question, focus, StatedNumbers.asked(askingWords(asking, describing))));
        return numbers;
    }

    /**
     * The numbers of {@link #numbers} that only the statement before the question or its scene-setting phrase states.
     */
    private static Set<String> sceneNumbers(
            String question, String asking, Set<String> focus, DescribingClauses describing) {
        Set<String> numbers = new LinkedHashSet<>(StatedNumbers.identifying(statementBefore(question, asking)));
        // A phrase that sets the scene before the asking sentence's main clause does so as a statement before it does,
        // and dates the event as the asking words would ("On Jan. 6, which senators objected…").
        String scene = describing.scene(asking);
        numbers.addAll(StatedNumbers.identifying(scene));
        numbers.addAll(StatedNumbers.days(scene));
        numbers.removeAll(StatedNumbers.asked(askingWords(asking, describing)));
        return stated(question, focus, numbers);
    }

    /** The asking sentence less its scene-setting phrase and a count of the story's others. */
    private static String askingWords(String asking, DescribingClauses describing) {
        return withoutOthersCounted(describing.withoutScene(asking));
    }

    /** {@code numbers} less the question's years, the numbers of the asked kind, and those it rounds. */
    private static Set<String> stated(String question, Set<String> focus, Set<String> found) {
        Set<String> numbers = new LinkedHashSet<>(found);
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
            int from = Words.indexAt(words, names.get(n - 1).end());
            int to = Words.indexAt(words, names.get(n).start());
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
