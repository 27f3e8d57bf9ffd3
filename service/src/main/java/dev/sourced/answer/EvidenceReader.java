package dev.sourced.answer;

import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.Search;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one sentence as evidence for one question: whether it states a fact at all, whether it meets the question's
 * constraints (its names, numbers and years, in the sentence, the one before it or the article's title), and which
 * phrase of the asked-for type in it answers, preferring one near the question's words and beside the asked-for kind
 * ("the airline" for "which airline"). Built once per question; thread-confined.
 */
final class EvidenceReader {
    /** Words between an answer and the question's words at which nearness counts half. */
    private static final double HALF_NEARNESS_WORDS = 6;

    /** The ending of adverbs, which open sentences capitalised and set off as names are: "Originally, a cafe…". */
    private static final String ADVERB_ENDING = "ly";

    /** ", and" between two names, which joins two clauses as often as the names ({@link #bestSpan}). */
    private static final Pattern CLAUSE_AND = Pattern.compile(",\\s+(?:and|&)\\s");

    /** Words on either side of a phrase that the asked-for kind's noun may stand in to mark it ("the airline"). */
    private static final int FOCUS_REACH_WORDS = 2;
    /**
     * Prepositions that relate a name to a noun beside it without making it that noun's ("the film with Stewart"); not
     * "for" nor "against", after which a name may be the noun's ("the award for Best Picture", "the game against
     * Miami").
     */
    private static final Set<String> RELATING_PREPOSITIONS =
            Set.of("with", "by", "from", "to", "at", "in", "on", "about", "into", "after", "before", "starring");

    /** A nickname's plural: "Lions", "49ers", "Yankees"; not "-ss", "-us" or "-is" ("Ross", "Davis"), nor "1990s". */
    private static final Pattern TEAM_NICKNAME = Pattern.compile("(?:\\p{Lu}\\p{Ll}+|\\d+ers)(?<![sui]s)(?<=s)");

    /** A count of a part: "four" of "four of her eight grandchildren". */
    private static final Pattern COUNT_OF = Pattern.compile(
            "(?i)(?<![\\d,.\\p{L}-])(?:\\d+(?:,\\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\\s+of\\b)");
    /** A day of a month as a date writes it: "30", "1st". */
    static final Pattern DAY_OF_MONTH = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?");
    /** A day of a month or a span of them, as a date writes it: "30", "1st", "19-29". */
    private static final Pattern DAYS_OF_MONTH = Pattern.compile(DAY_OF_MONTH.pattern() + "(?:[-–]\\d{1,2})?");
    /** How far before a value its owner's possessive is looked for. */
    private static final int MAX_OWNER_CHARS = 80;
    /**
     * A comparison, then a name's possessive just before a value: "compared with Apple’s $2.37 trillion", "than
     * Hassan’s $31.4 million".
     */
    private static final Pattern OWNER_BEFORE =
            Pattern.compile("(?i:\\b(?:compared (?:with|to)|than|against|versus|vs\\.?|behind|ahead of|trailing|"
                    + "while|whereas)\\s+)(?:\\p{Lu}[\\p{L}\\p{N}&.-]*\\s+){0,3}?(\\p{Lu}[\\p{L}\\p{N}&-]*)['’]s\\s+$");
    /** A verb that reports, right before a date it dates: "Reuters reported April 2 that…", "the company said Monday". */
    private static final Pattern REPORTED_ON = Pattern.compile(
            "(?i)\\b(?:said|says|reported|reports|announced|"
                    + "announces|told|confirmed|confirms|tweeted|wrote|stated|revealed|disclosed)\\s+(?:on\\s+|late\\s+|early\\s+)?$");

    /** "in Delaware", "across Europe": a place a count is limited to, right after it in its clause. */
    private static final Pattern IN_ONE_PLACE = Pattern.compile("\\b(?:in|across|throughout)\\s+(?:the\\s+)?\\p{Lu}");
    /** The name listed before a phrase ("Iowa, " of "Iowa, Minnesota") or after it (", Minnesota", " and Iowa"). */
    private static final Pattern LISTED_BEFORE = Pattern.compile(
            "(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*)(?:,\\s+(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)$");

    private static final Pattern LISTED_AFTER = Pattern.compile(
            "^(?:,\\s+(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*)");
    /** The kinds of names that may be a settlement's: a place's, or a territory's that is also a city's ("New York"). */
    private static final Set<NameKind> PLACE_KINDS = EnumSet.of(NameKind.PLACE, NameKind.TERRITORY);
    /** The longest a listed territory's name and the comma or "and" after it are written: "North Carolina, and ". */
    private static final int LISTED_NAME_CHARS = 40;

    private final QuestionForm form;
    /** The question's first word as a name it must meet, when the evidence writes it as one; else empty. */
    private final List<String> openingName;
    /** The passages the search found, all of them: what their writing says of a word holds in each. */
    private final Collection<String> evidence;
    /** Whether the evidence writes a word with a capital inside a sentence, by word, worked out once each. */
    private final Map<String, Boolean> writtenAsName = new HashMap<>();

    /** What the question already says, held against a phrase of the evidence. */
    private final GivenInQuestion givenIn;
    /** What the question asks for beyond its answer type. */
    private final AskedFor asked;

    /** The question's asking sentence, without a statement before it ({@link QuestionForm#asking}). */
    private final String asking;
    /**
     * The spellings of the position a question asks the holder of ("who is the chief executive", "which judge"), or
     * empty.
     */
    private final List<String> position;
    /** The body whose post the question asks the holder of ("Argo AI"), or "" ({@link Positions#bodyIn}). */
    private final String positionBody;
    /** Which scores a sentence reports are of the game the question asks about. */
    private final GameScores scores;
    /** Whether an article's date and the years the evidence writes fit the question's. */
    private final YearConstraints years;

    /** The people the question names, as a sentence may refer to them ({@link #peopleNamed}). */
    private final List<NamedPerson> people;
    /** The words of the asked post that make it another than its head's ("deputy"), which the evidence must write. */
    private final List<String> ranks;
    /**
     * The words of the asked post that name its office besides its head ("foreign" of "foreign minister", "solidarity"
     * of "minister for solidarity").
     */
    private final List<String> portfolios;
    /** The series the question names one of by its number ("Chandrayaan-3"), which the evidence must not exchange. */
    private final Map<String, Set<String>> series;
    /**
     * The political parties the question names, which the evidence must not exchange for another: its asking
     * sentence's, and its statement's too unless the asking sentence names a person of its own.
     */
    private final Set<String> parties;

    /** What the question quotes someone as saying, word for word ({@link QuotedWords}). */
    private final List<List<String>> quotes;
    /** The category of an award the question asks about ("worst actor"), which a sentence must not exchange. */
    private final AwardCategories awardCategories;

    /**
     * What the question's own words, lower case as asked, ask of a speaker's title or of one a report was given to, for
     * it to answer ({@link Speakers}).
     */
    private final Speakers.AskedRelation relation;

    private final Map<String, List<String>> passagesByTitle;
    /**
     * An indefinite appositive that says the name before it is of the asked kind: ", a cafe" for "what was the cafe
     * called", ", a Miami-based chain"; not ", the cafe's owner" nor "Originally, the cafe…". Empty when no kind is
     * asked.
     */
    private final Optional<Pattern> apposedKind;
    /** The whole text of an article, by its title, when the reader may look beyond the passages read. */
    private final Function<String, Optional<String>> articleTextByTitle;
    /** The numbers of an article's whole text, by its title, read once per question ({@link #numbersHeld}). */
    private final Map<String, Set<String>> articleNumbers = new HashMap<>();
    /** The names of each article's passages, by its title, worked out once when a name's kind or role is read. */
    private final Map<String, List<NameKind.Mention>> articleMentions = new HashMap<>();
    /** Whether the passages read of an article, by its title, write the question's quotes. */
    private final Map<String, Boolean> quotedInArticle = new HashMap<>();
    /** Whether the question's names stand in the evidence a sentence is read in. */
    private final QuestionNamesHeld namesHeld;
    /**
     * The names of every article's passages read, by their last word in base form, gathered when a name neither its
     * sentence nor its article marks.
     */
    private Map<String, List<NameKind.Mention>> retrievedMentions;
    /** The contexts read in so far, by passage and title: each is worked out once for the question. */
    private final Map<ContextKey, PassageContext> contexts = new HashMap<>();

    /** @param asOf the date the question is asked as of, or {@code null} when not known */
    EvidenceReader(String question, LocalDate asOf) {
        this(question, asOf, List.of());
    }

    /** A reader of the question of {@code evidence}, against its passages and those of the copies they stand for. */
    static EvidenceReader of(Search.Result evidence) {
        return of(evidence, articleId -> Optional.empty());
    }

    /**
     * A reader of the question of {@code evidence}, against its passages and those of the copies they stand for, which
     * looks up a name the question writes only to describe the story in the whole text of an article ({@code
     * articleText}, by the article's id) when the passages read of it do not write the name.
     */
    static EvidenceReader of(Search.Result evidence, Function<String, Optional<String>> articleText) {
        List<String> texts = new ArrayList<>();
        Map<String, List<String>> passagesByTitle = new HashMap<>();
        Map<String, String> articleIdsByTitle = new HashMap<>();
        for (Hit hit : evidence.hits()) {
            for (Hit passage : concat(hit)) {
                texts.add(passage.chunk().text());
                passagesByTitle
                        .computeIfAbsent(passage.title(), t -> new ArrayList<>())
                        .add(passage.chunk().text());
                articleIdsByTitle.putIfAbsent(passage.title(), passage.articleId());
            }
        }
        return new EvidenceReader(
                evidence.question(),
                evidence.asOf(),
                texts,
                passagesByTitle,
                title -> Optional.ofNullable(articleIdsByTitle.get(title)).flatMap(articleText));
    }

    private static List<Hit> concat(Hit hit) {
        List<Hit> all = new ArrayList<>(List.of(hit));
        all.addAll(hit.copies());
        return all;
    }

    /**
     * @param evidence the texts of the passages the question is read against, which tell whether the question's first
     *     word is a name: a word that opens a question is capitalised whatever it is, one that the passages write with
     *     a capital inside a sentence is a name ("Japan recently became…" beside "…Japan's space agency…"), and a
     *     constraint like the question's other names
     */
    EvidenceReader(String question, LocalDate asOf, Collection<String> evidence) {
        this(question, asOf, evidence, Map.of());
    }

    /**
     * @param passagesByTitle the passages read, by their article's title: what the other passages of an article say of
     *     a person (the role they give) holds in every passage of it
     */
    EvidenceReader(
            String question, LocalDate asOf, Collection<String> evidence, Map<String, List<String>> passagesByTitle) {
        this(question, asOf, evidence, passagesByTitle, title -> Optional.empty());
    }

    /**
     * @param articleTextByTitle the whole text of an article, by its title: where a name the question writes only to
     *     describe the story may stand when the passages read do not write it
     */
    EvidenceReader(
            String question,
            LocalDate asOf,
            Collection<String> evidence,
            Map<String, List<String>> passagesByTitle,
            Function<String, Optional<String>> articleTextByTitle) {
        this.passagesByTitle = passagesByTitle;
        this.articleTextByTitle = articleTextByTitle;
        this.form = QuestionForm.of(question);
        this.apposedKind = form.asked().focusHead().isEmpty()
                ? Optional.empty()
                : Optional.of(Pattern.compile("(?i),\\s+an?\\s+(?:[\\p{L}'’-]+\\s+){0,2}"
                        + Pattern.quote(form.asked().focusHead()) + "(?:s|es)?\\b(?!['’])"));
        String opening = QuestionForm.openingWord(question);
        this.evidence = evidence;
        this.openingName = !opening.isEmpty() && evidence.stream().anyMatch(t -> NameShapes.writesAsName(t, opening))
                ? List.of(Words.base(opening))
                : List.of();
        this.asked = AskedFor.of(question, form);
        this.asking = QuestionForm.asking(question);
        // "Who is the chief executive of…" and "which judge" ask for a post's holder; other questions for none.
        this.position = asksForHolder(form) ? Positions.spellings(form.asked().focusHead()) : List.of();
        this.positionBody = position.isEmpty() ? "" : Positions.bodyIn(question, position);
        this.ranks = asksForHolder(form) ? Positions.ranks(form.focus()) : List.of();
        this.portfolios = asksForHolder(form) ? Positions.portfoliosIn(question, form.focus(), position) : List.of();
        // A party the statement names sets the scene; where the asking sentence names a person of its own, the
        // answer is about that person, whatever party the scene's people belong to ("Democrats are choosing a
        // nominee. For what date has Gov. Glenn Youngkin set the special election?").
        this.parties = form.people().isEmpty() ? Parties.in(question) : Parties.in(asking);
        this.series = NumberedNames.in(question);
        this.people = form.people().stream().map(NamedPerson::of).toList();
        this.quotes = QuotedWords.in(question);
        this.awardCategories = AwardCategories.askedIn(question);
        // A post's other spellings name it too: "CEO" for "chief executive".
        this.relation = Speakers.AskedRelation.of(Stream.concat(
                        Words.of(question).stream()
                                .map(Phrase::text)
                                .filter(w -> !Words.isClosedClass(w) && Character.isLowerCase(w.charAt(0))),
                        position.stream().flatMap(p -> Words.of(p).stream()).map(Phrase::text))
                .toList());
        this.givenIn = new GivenInQuestion(question, form);
        // Reads each passage's context as contextOf works it out from the fields above, when a sentence is read.
        this.namesHeld = new QuestionNamesHeld(form, openingName, passagesByTitle, articleTextByTitle, this::contextOf);
        // Both read what the question gives when asked.
        this.scores = new GameScores(question, givenIn::gives);
        this.years = new YearConstraints(question, form, asOf, asked.forWinner(), givenIn::gives);
    }

    /**
     * Whether the question asks for the holder of a post: "who is the chief executive", or "which" and a title news
     * writes before its holder's name ("which federal judge": "U.S. District Judge…"). A post named otherwise ("which
     * former manager") may be no title news writes beside the name at all.
     */
    private static boolean asksForHolder(QuestionForm form) {
        return form.type() == AnswerType.PERSON
                || form.type() == AnswerType.NAME
                        && NameKind.isTitle(form.asked().focusHead());
    }

    QuestionForm form() {
        return form;
    }

    /** Whether the question asks where: "where", "in which city". */
    boolean asksForPlace() {
        return asked.forPlace();
    }

    /**
     * @param previous the sentence before, in the same passage, or "" when none
     * @param title the article's title
     * @param passage the passage the sentence is read in, which tells a name from a capitalised first word
     * @param published the article's publication date, or {@code null} when not known
     */
    Reading read(String sentence, String previous, String title, String passage, LocalDate published) {
        if (NonEvidence.isNonEvidence(sentence)) {
            return Reading.NOT_EVIDENCE;
        }
        boolean constraintsHeld = meetsConstraints(sentence, previous, title, passage, published);
        if (!form.type().isTyped()) {
            return new Reading(true, constraintsHeld, null, 0);
        }
        if (asked.tie().isPresent()
                && !asked.tie().get().matcher(sentence).find()
                && !asked.tie().get().matcher(previous).find()) {
            return new Reading(true, constraintsHeld, null, 0);
        }
        // "Who beat Littler", "which team did the 49ers beat": a sentence that tells of no result, nor the one before
        // it, names neither side ("the 49ers will take on the Chiefs").
        if ((asked.forWinner() || asked.forLoser())
                && !Victory.tellsOfResult(sentence)
                && !Victory.tellsOfResult(previous)) {
            return new Reading(true, constraintsHeld, null, 0);
        }
        PassageContext context = contextOf(passage, title);
        PlacedAnswer antecedent = antecedent(sentence, previous, context);
        if (antecedent != null) {
            return new Reading(true, constraintsHeld, antecedent.phrase(), antecedent.quality(), true);
        }
        PlacedAnswer answer = bestSpan(sentence, previous, context);
        return answer == null
                ? new Reading(true, constraintsHeld, null, 0)
                : new Reading(true, constraintsHeld, answer.phrase(), answer.quality());
    }

    /**
     * Whether {@code sentence} opens with a subject that refers back to a person ("The comedian will return…", "He
     * beat…") for a question that asks who did something: the sentence before it then names the answer.
     */
    boolean refersBack(String sentence) {
        return asked.forActor()
                && OpeningSubjects.referringBack(sentence, form.asked().focusHead(), this::isGiven) != null;
    }

    /**
     * For a question that asks who did something, the person a sentence's subject refers back to: "The comedian will
     * return to host…" after "Jon Stewart is going home again.", "She beat…" after a sentence that names her. The
     * subject is "he", "she" or "the" and the asked-for kind ("the comedian"; for "who", any noun for a person), and
     * the person is the first name of the sentence before that the question does not give and whose kind fits. The
     * answer is then that name, a phrase of the sentence before, placed as the subject is; {@code null} when the
     * sentence does not open so, or the sentence before names no one who fits.
     */
    private PlacedAnswer antecedent(String sentence, String previous, PassageContext context) {
        if (!asked.forActor() || previous.isBlank()) {
            return null;
        }
        Phrase subject = OpeningSubjects.referringBack(sentence, form.asked().focusHead(), this::isGiven);
        if (subject == null || asked.forWinner() && Victory.sideOf(sentence, subject) == Victory.Side.LOSER) {
            return null;
        }
        // "And he": the subject is its last word.
        boolean pronoun = OpeningSubjects.isPronoun(subject);
        int bodyStart = Dateline.end(previous);
        for (Phrase name : Names.in(previous)) {
            Phrase span = givenIn.withoutGivenWords(previous, name);
            if (span.start() < bodyStart
                    || givenIn.givesName(span)
                    || capitalisedFirstWordOnly(previous, bodyStart, span, context)) {
                continue;
            }
            NameKind kind = NameKind.inContext(previous, span, context.names());
            if (refused(kind, span)
                    || pronoun && kind != NameKind.PERSON && kind != NameKind.UNMARKED
                    || holdsAnotherRole(previous, span, context)) {
                continue;
            }
            return new PlacedAnswer(span, spanQuality(Words.of(sentence), sentence, subject, List.of()));
        }
        return null;
    }

    /**
     * Whether {@code sentence} meets the question's constraints: its names and its numbers in the passage or the title,
     * the position asked about ({@link Positions}) and the people asked about in it or the sentence before, no other
     * party than the asked one there ({@link Parties}) nor another of a numbered series ({@link NumberedNames}), no
     * other year than the asked one, an article recent enough, the noun of "what kind of", no other category of an
     * award than the asked one in it, or in the sentence before when it refers back ({@link AwardCategories}: "She also
     * took home…" after "Andra Day won Best Actress in a Drama"). The parameters are those of
     * {@link #read}; a sentence that states no fact may still meet them.
     */
    boolean meetsConstraints(String sentence, String previous, String title, String passage, LocalDate published) {
        PassageContext context = contextOf(passage, title);
        String window = previous + " " + sentence;
        return namesHeld.by(sentence, context)
                && numbersHeld(context)
                && !years.contradicted(window, title)
                && !years.opensInAnotherYear(sentence)
                && !years.opensInEarlierPeriod(sentence)
                && !years.datedBeforeTheWeek(window)
                && (position.isEmpty()
                        || Positions.writes(
                                window,
                                position,
                                positionBody,
                                portfolios,
                                !form.asked().asksForSeveral())
                        || namesHolder(window, context))
                && Positions.writesAll(window, ranks)
                && !Parties.contradicts(parties, window)
                && !NumberedNames.contradicts(series, window)
                && !context.anotherOfSeries()
                && peopleNamed(window, context.titled())
                && quotesWritten(window, context)
                && !awardCategories.contradictedBy(sentence, previous)
                && years.timely(published)
                && writesKindOf(sentence);
    }

    /**
     * Whether the passage or its title writes the question's numbers, or else, for those that set the question's scene
     * ({@link QuestionForm#sceneNumbers}: "Alaska Airlines Flight 1282"), its article does: a story gives the flight's
     * number once, not in every passage about it.
     */
    private boolean numbersHeld(PassageContext context) {
        List<String> missing = form.numbers().stream()
                .filter(n -> !context.numbers().contains(n))
                .toList();
        return missing.isEmpty()
                || form.sceneNumbers().containsAll(missing)
                        && articleNumbers
                                .computeIfAbsent(
                                        context.title(),
                                        title -> articleTextByTitle
                                                .apply(title)
                                                .map(EvidenceReader::identifyingNumbers)
                                                .orElse(Set.of()))
                                .containsAll(missing);
    }

    /**
     * The numbers of an article that tell its event from another, as a question's scene states them ({@link
     * StatedNumbers#identifying}, {@link StatedNumbers#days}): a "1" of "1 p.m." is no "first woman".
     */
    private static Set<String> identifyingNumbers(String text) {
        Set<String> numbers = new HashSet<>(StatedNumbers.identifying(text));
        numbers.addAll(StatedNumbers.days(text));
        return numbers;
    }

    /**
     * Whether the words the question quotes are written in the sentence, the one before it, its passage or its title,
     * or else in another passage read of its article: a quote tells which story is asked about, and a story gives the
     * quote where it falls ("…were really irresponsible," he said, four paragraphs after naming him).
     */
    private boolean quotesWritten(String window, PassageContext context) {
        return QuotedWords.allWritten(quotes, window + " " + context.titled())
                || quotedInArticle.computeIfAbsent(
                        context.title(),
                        title -> quotes.stream()
                                .allMatch(quote -> passagesByTitle.getOrDefault(title, List.of()).stream()
                                        .anyMatch(passage -> QuotedWords.allWritten(List.of(quote), passage))));
    }

    /**
     * Whether {@code window}, a sentence and the one before it, names each person the question asks about, by the last
     * word of the name: a poll's share for Biden in a story about Dean Phillips is not his share. A sentence that
     * refers to the person as "he" follows one that names him. A story that writes the full name may go on with its
     * first word alone, the family name of "Ri Sol Ju" or "Xi Jinping", or a first name ("Jason, the center").
     */
    private boolean peopleNamed(String window, String context) {
        return people.stream().allMatch(person -> person.namedIn(window, context));
    }

    /**
     * Whether {@code span} is a sentence's capitalised first word and nothing else makes it a name: neither its passage
     * nor its title writes it with a capital inside a sentence ({@link NameShapes#capitalisedFirstWordOnly}), nor does
     * another passage the search found as a name of its own ("Walgreens announced…" opening a search snippet beside
     * "…at CVS and Walgreens" in another; not "Aviation authorities…" beside "the Federal Aviation Administration"), nor
     * does an appositive after it say it is of the asked kind ("Scrumptious, a cafe in Trolley Square, has closed").
     */
    private boolean capitalisedFirstWordOnly(String sentence, int bodyStart, Phrase span, PassageContext context) {
        if (!NameShapes.capitalisedFirstWordOnly(sentence, bodyStart, span, context.titled(), context.titledWords())
                || apposedKind.isPresent()
                        && !Words.base(span.text()).endsWith(ADVERB_ENDING)
                        && apposedKind
                                .get()
                                .matcher(sentence)
                                .region(span.end(), sentence.length())
                                .lookingAt()) {
            return false;
        }
        String word = Names.withoutPossessive(span.text());
        return !writtenAsName.computeIfAbsent(
                word, w -> evidence.stream().anyMatch(t -> NameShapes.writesAsNameOfItsOwn(t, w)));
    }

    /**
     * Whether {@code window} names, by the family name alone or after the same first name or a title, someone its
     * passage or title writes the asked position before: "per Markell's directive" in a passage that writes "Gov. Jack
     * Markell" tells of a governor.
     */
    private boolean namesHolder(String window, PassageContext context) {
        if (context.postHolders().isEmpty()) {
            return false;
        }
        List<Phrase> words = Words.of(window);
        for (int k = 0; k < words.size(); k++) {
            // "Gov. Josh Green" is no "green light".
            if (!Words.isCapitalised(words.get(k).text())) {
                continue;
            }
            String word = Words.base(words.get(k).text());
            for (List<String> holder : context.postHolders()) {
                if (!holder.getLast().equals(word)) {
                    continue;
                }
                // "Mr. Markell" is the governor; "Mahinda Rajapaksa" is not "President Gotabaya Rajapaksa".
                String before = k == 0 ? "" : words.get(k - 1).text();
                boolean anotherFirstName = !before.isEmpty()
                        && Words.isCapitalised(before)
                        && !Words.isClosedClass(before)
                        && !NameKind.isTitle(before)
                        && !holder.contains(Words.base(before));
                if (!anotherFirstName) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words, abbreviations and names of what a sentence is read in, worked out once for all the sentences read in
     * it: every sentence of an article's passages is read in the same context, and an article's hits need not follow
     * each other.
     */
    private PassageContext contextOf(String passage, String title) {
        return contexts.computeIfAbsent(
                new ContextKey(passage, title),
                key -> PassageContext.of(passage, title, form, series, position, positionBody, portfolios));
    }

    private record ContextKey(String passage, String title) {}

    /** For "what kind of cheese", whether the sentence writes "cheese": the kind it names is a kind of that. */
    private boolean writesKindOf(String sentence) {
        return form.asked().kindOf().isEmpty()
                || Words.of(sentence).stream()
                        .anyMatch(w -> Words.sameWord(w.text(), form.asked().kindOf()));
    }

    /**
     * The phrase of the asked-for type that the question does not already name and whose own words do not mark it as
     * another kind ({@link NameKind}), nearest the question's words.
     */
    private PlacedAnswer bestSpan(String sentence, String previous, PassageContext context) {
        int bodyStart = Dateline.end(sentence);
        List<Phrase> accepted = new ArrayList<>();
        List<Phrase> spans = new ArrayList<>(
                asked.forClockTime()
                        ? AnswerType.clockTimesIn(sentence)
                        : form.type().spansIn(sentence));
        // "Four of her eight grandchildren": the part counted, ahead of the whole.
        List<Phrase> countsOf = new ArrayList<>(asked.countOf() ? Phrase.allOf(COUNT_OF, sentence) : List.of());
        // "The 41st consecutive day": a run's count, as its ordinal writes it, marked as the things counted.
        if (asked.counted() != null) {
            countsOf.addAll(asked.counted().runsIn(sentence));
        }
        spans.addAll(countsOf);
        // Whether the sentence reports another game's result holds for all its scores alike.
        boolean anotherGame = form.type() == AnswerType.SCORE && scores.resultWithAnotherSide(sentence);
        // So does whether it names only an award's nominees where its winner is asked for, and whether it names a
        // winner at all.
        boolean nomineesOnly = asked.forAwardee() && Victory.onlyNominates(sentence);
        boolean winnerWritten = asked.forWinner() && Victory.namesAWinner(sentence, givenIn::givesName);
        for (Phrase found : spans) {
            Phrase span = givenIn.withoutGivenWords(sentence, found);
            // "Maine" / "Wells: More than $4.3 million…": a digest's brief opens with where it happened, a place, which
            // answers only a question that asks for one.
            boolean briefsPlace = asked.forPlace() && DigestPlaces.opensBrief(previous, sentence, span);
            if (form.type() == AnswerType.NAME) {
                span = withTitleOfNamedThing(sentence, span);
            }
            if (asked.forDivision()) {
                span = Divisions.cutAfter(span, form.asked().focusHead());
            }
            if (asked.dimension().isPresent() && form.type() == AnswerType.COUNT) {
                // "How long": "five years", with its unit; a number without one ("2012") says for how long of nothing.
                Optional<Phrase> measured = asked.dimension().get().measured(sentence, span);
                if (measured.isEmpty()) {
                    continue;
                }
                span = measured.get();
            }
            if (span.start() < bodyStart
                    || givenIn.givesName(span)
                    || form.type().isName()
                            && !briefsPlace
                            && (capitalisedFirstWordOnly(sentence, bodyStart, span, context)
                                    || NameShapes.writtenInLowerCase(span, context.titledWords()))
                    || form.type().isName() && refusedName(sentence, span, context)
                    || (asked.forPerson() || NameShapes.isProperAdjective(span))
                            && NameShapes.modifiesNoun(sentence, span)
                    || NameShapes.endsWithParty(span) && NameShapes.beforeNoun(sentence, span)
                    || asked.forPerson()
                            && NameShapes.beforePersonNoun(
                                    sentence, span, w -> form.focus().contains(Words.base(w)))
                    // "Pitch Perfect 2 director Elizabeth Banks" credits a person with a film; it names no film that
                    // won or was nominated, unless the question asks whose ("which film's director").
                    || asked.forWork() && !asked.whose() && NameShapes.beforePersonNoun(sentence, span)
                    || asked.forPerson() && NameShapes.initialsBeforeNoun(sentence, span)
                    || asked.forPerson() && NameShapes.afterArticle(sentence, span, context.names())
                    || asked.forPerson() && namesNoOne(span)
                    || asked.forPerson() && NameShapes.originOfPerson(sentence, span)
                    || asked.forPerson() && !asked.namesake() && NameShapes.namesBuilding(sentence, span)
                    || asked.forPerson() && CountedGroups.counted(sentence, span)
                    || asked.forPerson() && NameShapes.possessiveBeforeTitle(sentence, span)
                    || form.type().isName() && !asked.whoSpoke() && Speakers.onlyReports(sentence, span, relation)
                    || asked.forPerson() && Speakers.publishes(sentence, span)
                    || asked.refusedKinds().contains(NameKind.PLACE) && NameShapes.modifiesByCompound(sentence, span)
                    || form.type() == AnswerType.NAME
                            && NameKind.isNoSettlement(
                                    sentence, span, form.asked().focusHead())
                    || noTerritoryAsked(sentence, span)
                    || asked.forBusiness() && NameKind.isPublicBody(NameShapes.withJoinedNames(sentence, span))
                    || asked.forBusiness() && NameShapes.namesAGovernment(sentence, span)
                    || asked.forSettlement() && !briefsPlace && !settlementMarked(sentence, span, context)
                    // "Near which town" may be answered by the place a distance is given from; "which city" may not.
                    || asked.forSettlement() && !asked.near() && NameShapes.isDistanceReference(sentence, span)
                    || asked.forDivision()
                            && !Divisions.named(span, form.asked().focusHead(), sentence + "\n" + context.titled())
                    || namesTheAskedKind(span)
                    // Read on the name as written: "won Outstanding Sound Editing", though "outstanding" is the
                    // question's.
                    || asked.forWinner() && Victory.namesNoWinner(sentence, found, winnerWritten)
                    || asked.forLoser() && Victory.sideOf(sentence, found) == Victory.Side.WINNER
                    || nomineesOnly
                    || notTheAskedCode(span)
                    || form.type() == AnswerType.COUNT && NameShapes.insideName(sentence, span)
                    || form.type().isNumber() && years.datesAnswerToAnotherYear(sentence, span)
                    || form.type().isNumber() && ownedByAnother(sentence, span)
                    || form.type() == AnswerType.COUNT && CountedThings.isDayOfMonth(sentence, span)
                    || form.type() == AnswerType.COUNT && CountedThings.isPronounOne(sentence, span)
                    || asked.forAge() && !Ages.isAge(sentence, span)
                    // "a 13-year-old from Oklahoma" answers how old he is, not what his score was.
                    || form.type() == AnswerType.COUNT && !asked.forAge() && Ages.isAge(sentence, span)
                    || form.type().isNumber()
                            && !asked.earlierValue()
                            && ChangedValues.startsAChange(sentence, span, asking)
                    || form.type().isNumber() && asked.whatHappened() && Predictions.predicted(sentence, span)
                    || form.type().isName() && NameShapes.namesNothing(sentence, span)
                    || asked.forDay() && !namesADay(span)
                    || asked.forYear() && !Years.anyIn(span.text())
                    || form.type() == AnswerType.DATE && !asked.whenReported() && datesTheReport(sentence, span)
                    || asked.counted() != null && !asked.counted().countedBy(sentence, span)
                    || asked.counted() != null && asked.counted().unnamedIn(previous, sentence, span)
                    || form.type().isName() && !asked.forPeoplesName() && Territories.isNationality(span.text())
                    || asked.forCity() && Territories.isTerritoryNoCity(span.text())
                    || Territories.isStateOutside(span.text(), asked.country())
                    || (asked.forCity() || asked.forSettlement()) && listedWithTerritories(sentence, span)
                    || asked.worldwide() && countedInOnePlace(sentence, span)
                    || holdsAnotherRole(sentence, span, context)
                    || form.type() == AnswerType.SCORE && (anotherGame || !scores.ofTheGameAsked(sentence, span))) {
                continue;
            }
            accepted.add(span);
        }
        // "Which two regions": a list of names answers whole ("Donetsk and Luhansk"), ahead of any one name, and
        // counts as much as the asked-for kind written beside a name.
        List<Phrase> lists = form.type().isName() && form.asked().asksForSeveral()
                ? Coordination.lists(sentence, accepted, form.asked().count())
                : List.of();
        Phrase best = null;
        double bestQuality = -1;
        int bestKindWords = -1;
        List<Phrase> sentenceWords = Words.of(sentence);
        for (Phrase span : lists.isEmpty() ? accepted : lists) {
            List<Phrase> others = spans.stream()
                    .filter(o -> !o.overlaps(span) && !onlyKindWords(o))
                    .toList();
            double quality = spanQuality(sentenceWords, sentence, span, others)
                    + (lists.isEmpty() ? 0 : 1)
                    + sideQuality(sentence, span)
                    + (countsOf.contains(span) ? 1 : 0);
            // Of two names placed as well, the one more of the asked kind's words mark: "state Senate President Chuck
            // Morse" ahead of "President Donald Trump" for "which state Senate president".
            int kindWords = kindWords(sentenceWords, span, others);
            if (quality > bestQuality || quality == bestQuality && kindWords > bestKindWords) {
                best = span;
                bestQuality = quality;
                bestKindWords = kindWords;
            }
        }
        if (best == null) {
            return null;
        }
        if (!lists.isEmpty() || !form.type().isName() || accepted.size() < 2) {
            return new PlacedAnswer(best, bestQuality);
        }
        // One name of a list does what the sentence says with the others ("Oppenheimer," "Succession" and "The Bear"
        // took the biggest categories): the sentence singles none out, so the answer is the list.
        Phrase one = best;
        // ", and" joins two clauses as often as two names ("Trump endorsed Moreno, and LaRose lost").
        Phrase answer = Coordination.lists(sentence, accepted).stream()
                .filter(list ->
                        list.contains(one) && !CLAUSE_AND.matcher(list.text()).find())
                .findFirst()
                .orElse(best);
        return new PlacedAnswer(answer, bestQuality);
    }

    /** Where the question asks for a code ("the flight number"), whether {@code span} is no code of that kind. */
    private boolean notTheAskedCode(Phrase span) {
        Optional<String> kind = form.asked().codedKind();
        return kind.isPresent() && !Codes.isCodeOf(kind.get(), span);
    }

    /**
     * Whether a date names a day, as "what date" asks: a month and its day ("May 30", "30 May 2022"); a year or a month
     * alone ("2010", "March 2022") says when, not on what date.
     */
    static boolean namesADay(Phrase span) {
        List<Phrase> words = Words.of(span.text());
        return words.stream().anyMatch(w -> Months.named(w.text()).isPresent())
                && words.stream().anyMatch(w -> DAYS_OF_MONTH.matcher(w.text()).matches());
    }

    /**
     * Whether the sentence, or another mention of the same person in the passage or another passage read of its
     * article, gives the person {@code span} names a role that excludes the one asked ({@link Roles}): "Mueller" is the
     * radio host the story named "Former radio host David Mueller".
     */
    private boolean holdsAnotherRole(String sentence, Phrase span, PassageContext context) {
        if (asked.role().isEmpty()) {
            return false;
        }
        if (Roles.excludes(asked.role(), Roles.heldBy(sentence, span))) {
            return true;
        }
        List<String> words = NameKind.baseWords(span.text());
        // A tie another passage gives ("his brother Peyton Manning") tells whose kin, not what else the person does.
        return mentionsRead(context).stream()
                .anyMatch(m -> m.names(words) && !Roles.isFamily(m.role()) && Roles.excludes(asked.role(), m.role()));
    }

    /**
     * The names of every passage read of the sentence's article, or of its passage alone when the passages were not
     * read by article: the article's mentions hold the passage's.
     */
    private List<NameKind.Mention> mentionsRead(PassageContext context) {
        List<String> passages = passagesByTitle.getOrDefault(context.title(), List.of());
        if (passages.isEmpty()) {
            return context.names();
        }
        return articleMentions(context.title());
    }

    /** The names of the passages read of the article titled {@code title}. */
    private List<NameKind.Mention> articleMentions(String title) {
        // The passages' own contexts hold their names: each name's kind is worked out once, for both readings.
        return articleMentions.computeIfAbsent(
                title,
                t -> passagesByTitle.getOrDefault(t, List.of()).stream()
                        .flatMap(passage -> contextOf(passage, t).names().stream())
                        .toList());
    }

    /**
     * The kind of a name as its sentence or passage marks it ("Delaware" where the passage writes "in Delaware"), or
     * else as another passage read of its article does ("Biden" where another writes "President Joe Biden"), or else,
     * where its article marks it nowhere, as the other articles read mark it written just so.
     */
    private NameKind kindOf(String sentence, Phrase span, PassageContext context) {
        NameKind kind = NameKind.inContext(sentence, span, context.names());
        if (kind != NameKind.UNMARKED) {
            return kind;
        }
        Set<NameKind> marked = NameKind.markedKinds(span, mentionsRead(context), false);
        if (!marked.isEmpty()) {
            return marked.size() == 1 ? marked.iterator().next() : NameKind.UNMARKED;
        }
        if (Territories.isTerritory(span.text())) {
            return NameKind.TERRITORY;
        }
        // "from Portland" marks nothing, "Portland, Oregon" in another article read does: a name means one thing in the
        // stories one question finds unless they mark it two ways, and only where written just so ("Lloyd Austin"
        // says nothing of "Austin").
        Set<NameKind> elsewhere = NameKind.markedKinds(span, mentionsRetrieved(span), true);
        return elsewhere.size() == 1 ? elsewhere.iterator().next() : NameKind.UNMARKED;
    }

    /** The names of every passage read, of every article, that end with the last word of {@code span}. */
    private List<NameKind.Mention> mentionsRetrieved(Phrase span) {
        if (retrievedMentions == null) {
            retrievedMentions = passagesByTitle.keySet().stream()
                    .flatMap(title -> articleMentions(title).stream())
                    .filter(m -> !m.words().isEmpty())
                    .collect(Collectors.groupingBy(m -> m.words().getLast()));
        }
        List<String> words = NameKind.baseWords(span.text());
        return words.isEmpty() ? List.of() : retrievedMentions.getOrDefault(words.getLast(), List.of());
    }

    /**
     * Whether {@code span}'s kind cannot answer, unless it is initials a possessive owns before the asked craft's noun
     * ({@link NameShapes#namesOwnedCraft}): "its SLIM lander" names the lander.
     */
    private boolean refusedName(String sentence, Phrase span, PassageContext context) {
        NameKind kind = kindOf(sentence, span, context);
        return refused(kind, span)
                && !(kind == NameKind.INITIALS
                        && NameShapes.namesOwnedCraft(
                                sentence, span, form.asked().focusHead()))
                && !namedAsAskedKind(sentence, span);
    }

    /**
     * {@code span} with the title that opens it when the two are given as the name of a thing of the asked kind ("its
     * pet cat named Sgt. Butters": the cat is "Sgt. Butters"); {@code span} otherwise.
     */
    private Phrase withTitleOfNamedThing(String sentence, Phrase span) {
        List<Phrase> before = Words.of(sentence.substring(0, span.start()));
        if (before.isEmpty() || !NameKind.isTitle(before.getLast().text())) {
            return span;
        }
        Phrase titled = Phrase.of(sentence, before.getLast().start(), span.end());
        return namedAsAskedKind(sentence, titled) ? titled : span;
    }

    /**
     * Whether {@code span} is given as the name of a thing of the asked kind, right after the kind's noun and "named" or
     * "called": "its pet cat named Sgt. Butters" names a cat, whatever kind a title or the name's shape gives it.
     */
    private boolean namedAsAskedKind(String sentence, Phrase span) {
        List<Phrase> before = Words.of(sentence.substring(0, span.start()));
        if (before.size() < 2 || form.asked().focusHead().isEmpty()) {
            return false;
        }
        Phrase participle = before.getLast();
        Phrase noun = before.get(before.size() - 2);
        return NameKind.isNamingParticiple(participle.lower())
                && sentence.substring(noun.end(), participle.start()).isBlank()
                && sentence.substring(participle.end(), span.start()).isBlank()
                && Words.sameWord(noun.text(), form.asked().focusHead());
    }

    /**
     * Whether a name of that kind cannot answer: a country's or a state's name cannot where a territory cannot, however
     * its sentence marks it ("Texas" of "Cameron County, Texas" is a place, and no county).
     */
    private boolean refused(NameKind kind, Phrase span) {
        return asked.refusedKinds().contains(kind)
                || asked.refusedKinds().contains(NameKind.TERRITORY) && Territories.isTerritory(span.text());
    }

    /**
     * Whether a value is given, in a comparison, as that of a name the question does not write: "Aramco is now worth
     * about $2.43 trillion, compared with Apple’s $2.37 trillion" gives Apple's worth, which answers nothing asked of
     * Aramco. Outside a comparison a possessive may name whose plan or bill the asked thing is ("Biden’s $1.9 trillion
     * plan"); "Monday’s" and "January’s" own nothing.
     */
    private boolean ownedByAnother(String sentence, Phrase span) {
        Matcher owner = OWNER_BEFORE
                .matcher(sentence)
                .region(Math.max(0, span.start() - MAX_OWNER_CHARS), span.start())
                .useTransparentBounds(true);
        if (!owner.find()) {
            return false;
        }
        String name = owner.group(1);
        return !Names.isWeekday(name) && Months.named(name).isEmpty() && !givenIn.writes(name);
    }

    /**
     * A date right after a verb that reports dates the report, not what it tells: "Reuters reported April 2 that
     * Neiman Marcus was preparing a bankruptcy filing" says nothing of the day it filed.
     */
    private static boolean datesTheReport(String sentence, Phrase span) {
        return Words.endsBefore(REPORTED_ON, sentence, span.start());
    }

    /**
     * A territory's name listed beside another territory's names a territory, though a city has it too: "New York" of
     * "stores in Connecticut, Illinois, Iowa, Minnesota, New York, North Dakota and Washington" is no city.
     */
    private static boolean listedWithTerritories(String sentence, Phrase span) {
        if (!Territories.isTerritory(span.text())) {
            return false;
        }
        Matcher before = LISTED_BEFORE
                .matcher(sentence)
                .region(Math.max(0, span.start() - LISTED_NAME_CHARS), span.start())
                .useTransparentBounds(true);
        Matcher after = LISTED_AFTER.matcher(sentence).region(span.end(), sentence.length());
        return before.find() && Territories.isTerritory(before.group(1))
                || after.lookingAt() && Territories.isTerritory(after.group(1));
    }

    /**
     * A count its clause limits to one place ("employs about 1,000 people in Delaware") answers no question that
     * counts across the world.
     */
    private static boolean countedInOnePlace(String sentence, Phrase span) {
        return IN_ONE_PLACE.matcher(Words.clauseAfter(sentence, span)).find();
    }

    /**
     * Whether a name cannot be a person's: it holds a digit ("A-18" of "F/A-18", "Flight 1282"), names a party's
     * people where one person is asked for ("State Republicans" for "whom did he pick", though "Republicans" may win
     * control of the House) or an office by its title ("Prime Minister", "Prime Minister of France").
     */
    private boolean namesNoOne(Phrase span) {
        List<Phrase> words = Words.of(span.text());
        if (words.isEmpty()) {
            return false;
        }
        if (words.stream().anyMatch(w -> NameKind.holdsDigit(w.text()))) {
            return true;
        }
        String last = words.getLast().text();
        if (asked.forOnePerson() && last.endsWith("s") && Parties.of(last).isPresent()) {
            return true;
        }
        if (words.stream()
                        .allMatch(w -> NameKind.isTitle(w.text())
                                || Positions.isOfficeModifier(w.lower())
                                || Positions.isRank(w.lower()))
                && words.stream().anyMatch(w -> NameKind.isTitle(w.text()))) {
            return true;
        }
        // "Secretary of State Antony Blinken" goes on to its holder's name.
        int of = span.text().indexOf(" of ");
        if (of < 0) {
            return false;
        }
        String office = span.text().substring(of + " of ".length());
        return NameKind.isTitle(Words.of(span.text().substring(0, of)).getLast().text())
                && (Words.of(office).size() == 1 || Territories.isTerritory(office));
    }

    /**
     * For "which school won", 1 for the name the sentence reports as the winner ("Michigan beat Washington"); for
     * "which team did Michigan beat", for the one it reports as beaten.
     */
    private double sideQuality(String sentence, Phrase span) {
        if (!asked.forWinner() && !asked.forLoser()) {
            return 0;
        }
        Victory.Side side = Victory.sideOf(sentence, span);
        return asked.forWinner() && side == Victory.Side.WINNER || asked.forLoser() && side == Victory.Side.LOSER
                ? 1
                : 0;
    }

    /** An answer phrase and how well it is placed. */
    private record PlacedAnswer(Phrase phrase, double quality) {}

    /**
     * For a person's noun ("which player"), a name whose head is that noun is a title or an award ("Delaware Gatorade
     * Player"), not a person; a body's name does end in its kind ("Alaska Airlines").
     */
    private boolean namesTheAskedKind(Phrase span) {
        String head = form.asked().focusHead();
        if (form.type() != AnswerType.NAME || head.isEmpty() || !NameKind.isPersonNoun(head)) {
            return false;
        }
        List<Phrase> words = Words.of(span.text());
        return !words.isEmpty() && Words.sameWord(words.getLast().text(), head);
    }

    /** Whether the question already says {@code word}, or names the asked-for kind with it. */
    boolean isGiven(String word) {
        return givenIn.gives(word);
    }

    /** Whether the question asks for a person or a body ("who", "which player", "which NFL team"). */
    boolean asksForPersonOrTeam() {
        return asked.forPerson()
                || form.type() == AnswerType.NAME
                        && NameKind.isBodyNoun(form.asked().focusHead());
    }

    /** Whether {@code name}, a phrase of {@code sentence}, is of a kind of name the question cannot be answered with. */
    boolean refusesKindOf(String sentence, Phrase name) {
        return form.type().isName() && refused(NameKind.of(sentence, name), name);
    }

    /**
     * Between 0 and 2, over the sentence's {@code words}: 1 when the phrase stands beside one of the question's words,
     * falling with the distance, plus 1 when the asked-for kind is named in or beside it ("Alaska Airlines", "the state
     * of Texas"), or, for a work, the phrase is a title in quotation marks, or, for a country or a state, it is one's
     * name.
     */
    private double spanQuality(List<Phrase> words, String sentence, Phrase span, List<Phrase> others) {
        WordRange range = WordRange.of(words, span);
        if (range == null) {
            return 0;
        }
        int first = range.first();
        int last = range.last();
        int nearest = Integer.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            int distance = i < first ? first - i : i > last ? i - last : 0;
            if (distance > 0 && !Words.isClosedClass(w) && givenIn.writes(w)) {
                nearest = Math.min(nearest, distance);
            }
        }
        double nearness = nearest == Integer.MAX_VALUE ? 0 : HALF_NEARNESS_WORDS / (HALF_NEARNESS_WORDS + nearest - 1);
        return nearness + (kindMarked(words, first, last, sentence, span, others) ? 1 : 0);
    }

    /**
     * Whether a name is marked as a place, by its sentence or its article ("in Houma", "Houma, La."), or as the asked
     * kind by the noun beside it ("Le Havre, a port city"): a settlement's name is written so, and a name no word marks
     * ("Target recalled…") answers no "which town".
     */
    private boolean settlementMarked(String sentence, Phrase span, PassageContext context) {
        return PLACE_KINDS.contains(kindOf(sentence, span, context)) || kindMarked(sentence, span);
    }

    /** Whether {@code span} of {@code sentence} is marked as the asked-for kind ({@link #kindMarked(List, int, int, String, Phrase, List)}). */
    private boolean kindMarked(String sentence, Phrase span) {
        List<Phrase> words = Words.of(sentence);
        WordRange range = WordRange.of(words, span);
        return range != null && kindMarked(words, range.first(), range.last(), sentence, span, List.of());
    }

    /**
     * Whether the phrase is marked as the asked-for kind: the kind's noun in or beside it ("Alaska Airlines", "the
     * state of Texas"); for a work, quotation marks ("“Oppenheimer”"); for a country or a state, its being one's name,
     * or the noun beside it, not in it ("Palmetto State" and "Ohio State" are no state's names).
     */
    private boolean kindMarked(
            List<Phrase> words, int first, int last, String sentence, Phrase span, List<Phrase> others) {
        if (form.type() == AnswerType.SPORT) {
            // Only a sport's name is read as one.
            return true;
        }
        return !kindWordsBeside(words, first, last, others).isEmpty()
                || asked.forWork() && NameKind.of(sentence, span) == NameKind.WORK
                || asked.forTeam()
                        && endsWithNickname(words, first, last)
                        && NameKind.of(sentence, span) != NameKind.PERSON
                || form.type() == AnswerType.NAME
                        && Territories.isOfKind(span.text(), form.asked().focusHead());
    }

    /**
     * Whether the name of words {@code first}..{@code last} ends with a team's nickname: a capitalised plural that ends
     * a name of two words or more ("Los Angeles Rams", "San Francisco 49ers") or stands after "the" ("the Chiefs"). A
     * person's name may end so too ("Jalen Hurts"); the caller leaves out a name its sentence marks as a person's.
     */
    private static boolean endsWithNickname(List<Phrase> words, int first, int last) {
        String nickname = words.get(last).text();
        if (!TEAM_NICKNAME.matcher(nickname).matches()) {
            return false;
        }
        return last > first || first > 0 && words.get(first - 1).text().equalsIgnoreCase("the");
    }

    /**
     * The asked kind's words written in or beside a name (for a country or a state, beside it only), less those
     * inside another phrase of the asked type in the sentence ({@code others}): "Spanish Prime Minister" marks
     * "Mariano Rajoy" of "Crown Prince Felipe, Spanish Prime Minister Mariano Rajoy", not "Crown Prince Felipe".
     */
    private Set<String> kindWordsBeside(List<Phrase> words, int first, int last, List<Phrase> others) {
        boolean territory = Territories.isTerritoryNoun(form.asked().focusHead());
        Set<String> marking = new HashSet<>();
        for (int i = Math.max(0, first - FOCUS_REACH_WORDS);
                i <= Math.min(words.size() - 1, last + FOCUS_REACH_WORDS);
                i++) {
            Phrase word = words.get(i);
            if (territory && i >= first && i <= last
                    || (i < first || i > last) && others.stream().anyMatch(word::overlaps)
                    || relatedBy(words, i, first, last)) {
                continue;
            }
            form.focus().stream().filter(f -> Words.sameWord(f, word.text())).forEach(marking::add);
        }
        return marking;
    }

    /**
     * Whether a preposition other than "of" stands between the word at {@code i} and the name of words {@code first}..
     * {@code last}: "the animated film with Patrick Stewart" names an actor of the film, not the film; "the state of
     * Texas" names the state.
     */
    private static boolean relatedBy(List<Phrase> words, int i, int first, int last) {
        int from = i < first ? i + 1 : last + 1;
        int to = i < first ? first : i;
        for (int j = from; j < to; j++) {
            if (RELATING_PREPOSITIONS.contains(words.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** How many of the asked kind's words mark {@code span} ({@link #kindWordsBeside}). */
    private int kindWords(List<Phrase> words, Phrase span, List<Phrase> others) {
        WordRange range = WordRange.of(words, span);
        return range == null
                ? 0
                : kindWordsBeside(words, range.first(), range.last(), others).size();
    }

    /**
     * Whether a name is written in the asked kind's words alone, besides closed-class words and titles: "New Hampshire"
     * of "which New Hampshire city", "Hall of Fame" of "which Hall of Fame pitcher", "Democratic Sen." of "which
     * Democratic senator".
     */
    private boolean onlyKindWords(Phrase name) {
        return Words.of(name.text()).stream()
                .filter(w -> !Words.isClosedClass(w.text()) && !NameKind.isTitle(w.text()))
                .allMatch(w -> form.focus().stream().anyMatch(f -> Words.sameWord(f, w.text())));
    }

    /**
     * For "which country" or "which state", a name that is no country's or state's and that no word marks as one:
     * the countries and the states are known by name ("Vaillant said" names no country, nor "the CNN report").
     */
    private boolean noTerritoryAsked(String sentence, Phrase span) {
        return form.type() == AnswerType.NAME
                && Territories.isTerritoryNoun(form.asked().focusHead())
                && !kindMarked(sentence, span);
    }

    /** The indexes of the first and the last of a sentence's words that a phrase overlaps. */
    private record WordRange(int first, int last) {
        static WordRange of(List<Phrase> words, Phrase span) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).overlaps(span)) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            return first < 0 ? null : new WordRange(first, last);
        }
    }

    /**
     * @param evidence false for a sentence that states no fact (a question, a teaser)
     * @param constraintsHeld the question's names and years are met
     * @param answer the phrase that answers a typed question, or {@code null}
     * @param answerQuality how well placed {@code answer} is, 0 to 2, one more for a list that answers "which two" or
     *     the winner of a question that asks who won
     * @param answerBefore {@code answer} is a phrase of the sentence before, the person this one's subject refers to
     */
    record Reading(
            boolean evidence, boolean constraintsHeld, Phrase answer, double answerQuality, boolean answerBefore) {
        static final Reading NOT_EVIDENCE = new Reading(false, false, null, 0);

        Reading(boolean evidence, boolean constraintsHeld, Phrase answer, double answerQuality) {
            this(evidence, constraintsHeld, answer, answerQuality, false);
        }

        boolean usable(AnswerType type) {
            return evidence && constraintsHeld && (!type.isTyped() || answer != null);
        }
    }
}
