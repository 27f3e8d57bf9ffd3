package dev.sourced.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question asks for beyond its answer type, read once from its words: a winner or a loser, a place near
 * something, a day rather than a month, a count of a part, an age. {@link EvidenceReader} holds each phrase of the
 * evidence against it.
 *
 * @param refusedKinds the kinds of names that cannot answer ({@link NameKind#refusedFor})
 * @param forWinner the question asks who won ({@link Victory#asksForWinner})
 * @param forAwardee the question asks who won: an award, a title or a contest ({@link Victory#asksForAwardee}),
 *     which no nominee answers
 * @param forLoser the question asks for the side a result's winner beat ({@link Victory#asksForLoser})
 * @param earlierValue the question asks what a value was before it changed ({@link ChangedValues#asksEarlierValue})
 * @param whatHappened the question asks what happened, not what was foreseen ({@link Predictions#asksWhatHappened})
 * @param forOnePerson the question asks for one person: by a noun for one ("which captain") or with "whom"
 * @param forWork the question asks for a work: a film, a book, a song
 * @param forTeam "which team": a club's name ends with its nickname, a plural ("Los Angeles Rams"); a person's does not
 * @param whose the question asks for the kind's possessor: "which film's director"
 * @param forBusiness the question asks for a company, a chain, a firm
 * @param forSettlement the question asks for a town or a city within a state
 * @param forPlace the question asks where ("where", "in which city"): a place answers it
 * @param near the question asks what a place is near ("near which town")
 * @param forDivision the question asks for a county, a township or a parish ({@link Divisions}), named with its noun
 * @param dimension what "how long", "how far" ask a number in, whose unit the number must be written with; else empty
 * @param countOf the question asks how many of a group ("how many of her grandchildren"), which "four of" answers
 * @param forAge the question asks how old someone is: only a number written as an age answers it
 * @param counted what "how many" counts ("Bank of America employees"), or {@code null} where the question asks no
 *     count of things ("how old" and "how long" ask a measure)
 * @param forDay the question asks for a date to the day ("On what date…"): a month or a weekday alone does not give it
 * @param namesake the question asks whom a thing is named after ("Who is the building named after?"), whose name
 *     stands before the building's noun
 * @param forYear the question asks for a year ("In what year…"): a weekday or a month without one does not give it
 * @param forClockTime "what time": a time of day answers, not a date
 * @param forPerson the question asks for a person ("who", "which comedian")
 * @param forActor the question asks for a person who did something ("which comedian announced", "who beat")
 * @param whoSpoke the question asks who said, announced or stood for something ({@link Attribution#reports}): then a
 *     speaker may answer it
 * @param tie the words that say the family tie asked for ("which son": "son", "children"), when one is
 * @param whenReported the question asks when something was said or reported ("When did the company announce…")
 * @param worldwide the question counts across the world ("employ worldwide"), not in one place
 * @param role the role a question asks the holder of ("Which federal judge…": "judge"), as {@link Roles} spells it,
 *     or ""
 * @param forPeoplesName the question asks for a people's name or a language ("which nationality", "what language")
 * @param forCity the question asks for a city or a town ("which Normandy port city"), which no country's name answers
 * @param country the country whose people's name an asked place is given ("mexico" of "which Mexican state"), or ""
 */
record AskedFor(
        Set<NameKind> refusedKinds,
        boolean forWinner,
        boolean forAwardee,
        boolean forLoser,
        boolean earlierValue,
        boolean whatHappened,
        boolean forOnePerson,
        boolean forWork,
        boolean forTeam,
        boolean whose,
        boolean forBusiness,
        boolean forSettlement,
        boolean forPlace,
        boolean near,
        boolean forDivision,
        Optional<Dimension> dimension,
        boolean countOf,
        boolean forAge,
        CountedThings counted,
        boolean forDay,
        boolean namesake,
        boolean forYear,
        boolean forClockTime,
        boolean forPerson,
        boolean forActor,
        boolean whoSpoke,
        Optional<Pattern> tie,
        boolean whenReported,
        boolean worldwide,
        String role,
        boolean forPeoplesName,
        boolean forCity,
        String country) {
    /** "Whom": the question asks for a person, whom a party's people cannot be. */
    private static final Pattern WHOM = Pattern.compile("(?i)\\bwhom\\b");

    /** "Who did Macron appoint…": the person asked for is what the subject acted on. */
    private static final Pattern ASKS_FOR_OBJECT =
            Pattern.compile("(?i)\\b(?:who|whom|which [^?]*?)\\s+(?:did|does|do)\\b");

    /** Nouns a question asks for a team with. */
    private static final Set<String> TEAM_NOUNS = Set.of("team", "club", "franchise");

    /** Nouns for settlements besides those within a state ({@link NameKind} refuses territories for "which town"). */
    private static final Set<String> CITY_NOUNS = Set.of("city", "capital");
    /** Nouns a question asks for a people's name or a language with, which a people's name answers. */
    private static final Set<String> PEOPLES_NAME_NOUNS = Set.of(
            "nationality",
            "nationalities",
            "language",
            "languages",
            "citizenship",
            "ethnicity",
            "descent",
            "cuisine",
            "dialect");
    /** "Near which town", "how far from", "which city is closest": asks for a place something is near. */
    private static final Pattern ASKS_NEAR = Pattern.compile(
            "(?i)\\b(?:near|nearest|close to|closest|how far|outside|suburbs?|outskirts|miles|kilomet\\w*)\\b|\\bfrom\\?\\s*$");

    /** "How many of her grandchildren": asks a count a story writes "four of her eight grandchildren". */
    private static final Pattern ASKS_COUNT_OF = Pattern.compile("(?i)\\bhow many of\\b");
    /** "What date": the question asks for a day. */
    private static final Pattern ASKS_DAY = Pattern.compile("(?i)\\b(?:what|which) dates?\\b");
    /** "Named after", "named for": a question about a thing's namesake. */
    private static final Pattern NAMED_AFTER = Pattern.compile("(?i)\\bnamed (?:after|for)\\b");
    /**
     * "In what year", "which year", "what was the year": a year is asked, which a weekday or a month alone does not give
     * (nor "the 1930s" nor "last year", which are left unanswered).
     */
    private static final Pattern ASKS_YEAR =
            Pattern.compile("(?i)\\b(?:what|which) year\\b|\\bwhat (?:is|was) the year\\b");
    /**
     * A year of a kind in the asking sentence: "which birth year does he expect" ({@link AskedKind#YEAR_OF_A_KIND}).
     */
    private static final Pattern ASKS_YEAR_OF_A_KIND = Pattern.compile("(?i)" + AskedKind.YEAR_OF_A_KIND);
    /** "What time", of day: not "what time of year", "time frame", "time limit". */
    private static final Pattern ASKS_CLOCK_TIME = Pattern.compile(
            "(?i)\\b(?:what|which) time\\b(?!\\s+(?:of (?:the )?year|frame|period|zone|line|limit|span|slot)\\b)");
    /**
     * The question asks about a report: "when did the company announce", "what did she tell", "when did he state that";
     * not "when did the state lift its mandate", a place.
     */
    private static final Pattern ASKS_REPORT = Pattern.compile("(?i)\\b(?:announc\\w*|report\\w*|say|says|said|tell|"
            + "told|confirm\\w*|reveal\\w*|disclos\\w*|tweet\\w*|stated|state(?=\\s+that\\b))\\b");
    /** The question counts across the world. */
    private static final Pattern WORLDWIDE =
            Pattern.compile("(?i)\\b(?:worldwide|globally|around the (?:world|globe)|across the (?:world|globe))\\b");

    static AskedFor of(String question, QuestionForm form) {
        AnswerType type = form.type();
        String head = form.asked().focusHead();
        String asking = QuestionForm.asking(question);
        boolean name = type == AnswerType.NAME;
        boolean forPerson = form.asked().asksForPerson();
        return new AskedFor(
                NameKind.refusedFor(type, List.copyOf(form.focus())),
                type.isName() && Victory.asksForWinner(question),
                type.isName() && Victory.asksForAwardee(question),
                type.isName() && Victory.asksForLoser(question),
                ChangedValues.asksEarlierValue(asking),
                Predictions.asksWhatHappened(asking),
                NameKind.isPersonNoun(head) || WHOM.matcher(question).find(),
                name && NameKind.isWorkNoun(head),
                name && TEAM_NOUNS.contains(Words.singular(head)),
                !head.isEmpty()
                        && Pattern.compile("(?i)\\b" + Pattern.quote(head) + "['’]s?\\s")
                                .matcher(question)
                                .find(),
                name && NameKind.isBusinessNoun(head),
                name && NameKind.isSettlementNoun(head),
                type == AnswerType.PLACE || name && NameKind.isPlaceNoun(head),
                ASKS_NEAR.matcher(question).find(),
                name && Divisions.isDivisionNoun(head),
                Dimension.askedBy(question),
                type == AnswerType.COUNT && ASKS_COUNT_OF.matcher(question).find(),
                type == AnswerType.COUNT && Ages.asked(question),
                type == AnswerType.COUNT ? CountedThings.askedBy(question) : null,
                type == AnswerType.DATE && ASKS_DAY.matcher(question).find(),
                NAMED_AFTER.matcher(question).find(),
                type == AnswerType.DATE
                        && (ASKS_YEAR.matcher(question).find()
                                || ASKS_YEAR_OF_A_KIND.matcher(asking).find()),
                type == AnswerType.DATE && ASKS_CLOCK_TIME.matcher(question).find(),
                forPerson,
                forPerson && !ASKS_FOR_OBJECT.matcher(question).find(),
                Attribution.reports(asking),
                form.asked().askedTie(),
                ASKS_REPORT.matcher(asking).find(),
                type.isTyped() && !type.isName() && WORLDWIDE.matcher(question).find(),
                forPerson ? Roles.roleOf(head) : "",
                PEOPLES_NAME_NOUNS.contains(head),
                name && CITY_NOUNS.contains(head),
                // "Which Mexican state", "which Australian city"; not "which Indian tribe", named as states are.
                name && (Territories.isTerritoryNoun(head) || NameKind.isPlaceNoun(head))
                        ? form.focus().stream()
                                .filter(Territories::isNationality)
                                .findFirst()
                                .map(Territories::countryOf)
                                .orElse("")
                        : "");
    }
}
