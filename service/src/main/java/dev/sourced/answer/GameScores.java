package dev.sourced.answer;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a score a sentence reports is the one of the game a question asks about, not a team's record, another game's
 * result or an earlier meeting's. Built once per question.
 */
final class GameScores {
    /**
     * A team's record stands after these: "The Fightin' Blue Hens are 2-1", "improved to 11-1", "to finish 7-4",
     * "finished the season 9-3"; "finished 2-2" alone may be a game's ("The match finished 2-2").
     */
    private static final Pattern RECORD_BEFORE = Pattern.compile("(?i)"
            + "\\b(?:is|are|was|were|be|been|improved to|fell to|dropped to|moved to|went|gone|goes|stands?|sits?|"
            + "records? of|to finish|finish(?:ed|es|ing)?\\s+(?:the|its|their|his|her)\\s+(?:regular\\s+)?season"
            + "(?:\\s+at)?)\\s+$");
    /**
     * A score's own noun as the subject before the verb: "The final score was 34-10", "The score at halftime was 14-7",
     * "The scoreline had been 2-2" state a game's score, not a record.
     */
    private static final Pattern SCORE_SUBJECT = Pattern.compile("(?i)\\b(?:score|scoreline|result)s?\\b"
            + "(?:\\s+(?:of|in|at|after)\\b[^,;.]{0,40})?\\s+(?:is|was|were|(?:had|has) been|stood at)\\s+$");
    /**
     * Words after a number that make it a record: "7-4 overall", "9-3 on the season", "5-1 in conference play", "a 24-5
     * season", "a 10-2 record"; not "a 3-2 season-opening win", "a 3-2 season opener" nor "a 70-0 record-setting win".
     */
    private static final Pattern RECORD_AFTER = Pattern.compile("(?i)^\\s+(?:overall|on the season|in (?:conference|"
            + "league|division) play|(?:regular[- ])?season(?![\\w-])(?!\\s+(?:opener|openers|finale|debut)\\b)|record|campaign)"
            + "(?![\\w-])");
    /**
     * What follows a record in brackets: the bracket's end, "overall", another record, or a conference's name and the
     * bracket's end ("Delaware (3-5 overall, 1-4 CAA)", "Albany (5-3, 2-3)").
     */
    private static final Pattern BRACKETED_RECORD_AFTER =
            Pattern.compile("^(?:\\)|\\s+overall\\b|,\\s*\\d+-\\d+|(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*){1,3}\\))");
    /**
     * A team's record in brackets after its name, maybe after its overall record: "Alabama (10-2) lost to…", "Houston
     * Texans (1-0)", "Albany (5-3, 2-3)".
     */
    private static final Pattern RECORD_IN_BRACKETS_BEFORE =
            Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.&-]*\\s*\\(\\s*(?:\\d+-\\d+(?:\\s+overall)?,\\s*)?$");
    /** A level score decided after it: "beat England (1-1) on penalties". */
    private static final Pattern SHOOTOUT_AFTER =
            Pattern.compile("(?i)^\\)\\s*(?:on penalties|in a (?:penalty )?shoot-?out|on (?:a )?shoot-?out)");
    /** A score right after a bracket's end: "Central (2-2) 39-34". */
    private static final Pattern SCORE_AFTER_BRACKET = Pattern.compile("\\)\\s*,?\\s+\\d{1,3}-\\d{1,3}\\b");
    /** A side named as the one beaten, before its name: "England beat Spain (2-1)", "a win over the Texans (34-10)". */
    private static final Pattern BEATEN_BEFORE = Pattern.compile("(?i)\\b(?:" + Victory.DEFEAT
            + "|over|against|vs\\.?|versus)\\s+(?:the\\s+)?(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.&-]*\\s+)*$");

    /**
     * Capitalised words after a side's verb ("played", "hosted", "faced", "visited", "met") that name when or what, not
     * the other side: "played Sunday", "hosted Game 7", "hosted the AFC Championship Game".
     */
    private static final String NOT_A_SIDE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
            + "February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
            + "Aug|Sept?|Oct|Nov|Dec|Game|Week|Super|Christmas|Thanksgiving|AFC|NFC|Championship|Wild|Opening|"
            + "Homecoming|New Year)";

    /** Both sides of a game named: "between the Chiefs and the 49ers", "Princeton vs. Yale". */
    private static final Pattern TWO_SIDES =
            Pattern.compile("(?i)\\bbetween\\b.+\\band\\b|\\b(?:against|vs\\.?|versus|v\\.)\\s+\\S"
                    // "Delaware hosted St. Francis", "the Chiefs faced the 49ers", "the Eagles beat the Giants": a
                    // side's verb before the other side's name ("visiting Michigan" is one side, not a verb).
                    + "|\\b(?:host(?:s|ed)?|fac(?:e|es|ed)|play(?:s|ed)?|visit(?:s|ed)?|meets?|met|" + Victory.DEFEAT
                    + ")"
                    + "\\s+(?:the\\s+)?(?!" + NOT_A_SIDE + "\\b)(?:(?-i:\\p{Lu})|\\d+ers\\b)");

    /** Another result of a list before a side's name: "at Drexel, 9-8, and " before "Fairfield, 12-11". */
    private static final Pattern RESULT_LISTED_BEFORE =
            Pattern.compile("\\b\\d{1,3}-\\d{1,3},?\\s+(?:and\\s+)?(?:(?:at|vs\\.?|against|to)\\s+)?$");
    /** Another result of a list after a score: ", and Fairfield, 12-11" after "at Drexel, 9-8". */
    private static final Pattern RESULT_LISTED_AFTER = Pattern.compile(
            ",?\\s+(?:and\\s+)?(?:(?:at|vs\\.?|against|to)\\s+)?\\p{Lu}[\\p{L}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}.'’&-]*){0,3},\\s+"
                    + "\\d{1,3}-\\d{1,3}\\b");
    /**
     * The word that sets off the other side after a score (group 1), maybe with "the", a rank and up to three lower-case
     * words: "loss to the", "win over No. 11", "loss to rival", "win over defending champion", "rout of", "victory for",
     * "win at"; not "thanks to" nor "due to".
     */
    private static final Pattern SIDE_BEFORE = Pattern.compile("(?i)\\b((?<!thanks |due |according |next )to|over|"
            + "against|vs\\.?|versus|v\\.|of|by|with|at|from|for)\\s+(?:the\\s+)?(?:(?:No\\.|#)\\s*\\d+\\s+)?"
            + "(?:(?-i:[\\p{Ll}\\d][\\p{Ll}\\d-]*)\\s+){0,3}$");
    /** The last word of a ground's name: "Delaware Stadium", "Franklin Field"; after "at" only ("Seton Hall" plays). */
    private static final Set<String> GROUNDS = Set.of(
            ("Stadium Field Arena Center Centre Park Coliseum Colosseum Dome Garden Gardens Gym Gymnasium Pavilion Hall "
                            + "Course Speedway Raceway Ballpark Fieldhouse Oval Grounds Rink")
                    .split(" "));

    /** Words that date a game before the one in the news: "last season", "their previous meeting". */
    private static final Pattern EARLIER_GAME = Pattern.compile(
            "(?i)(?<!since )\\b(?:last (?:season|year|time)|a year (?:ago|earlier)|previous (?:meeting|season|game)|"
                    + "(?:season|year)s? ago)\\b(?!['’]s)");

    /** Whether the question names both sides of a game: "between the Chiefs and the 49ers", "Princeton vs. Yale". */
    private final boolean asksAboutTwoSides;
    /** The question itself asks about a game before the latest ("last season", "their previous meeting"). */
    private final boolean asksAboutEarlierGame;
    /** Whether the question says a word (a side it names) or names the asked kind with it. */
    private final Predicate<String> given;

    /** @param given whether the question says a word or names the asked kind with it ({@link GivenInQuestion#gives}) */
    GameScores(String question, Predicate<String> given) {
        this.asksAboutTwoSides = TWO_SIDES.matcher(question).find();
        this.asksAboutEarlierGame =
                EARLIER_GAME.matcher(QuestionForm.asking(question)).find();
        this.given = given;
    }

    /**
     * Whether {@code span}, a score of {@code sentence}, may be the asked game's: no record, no other or earlier game's,
     * and no span of days ("the league tournament May 1-3").
     */
    boolean ofTheGameAsked(String sentence, Phrase span) {
        return !scoreOfAnotherGame(sentence, span)
                && !isRecord(sentence, span)
                && !scoreOfEarlierGame(sentence, span)
                // A month before it makes it a span of days: "May 1-3", "Jan. 10-13".
                && !Months.namedRightBefore(sentence, span.start());
    }

    /**
     * A score whose own clause goes on to name a side the question does not: "Delaware's 88-85 overtime loss to the
     * Rider Broncs" is another game than Princeton against Delaware; "Princeton's 84-82 win against the Delaware
     * Fightin' Blue Hens" is the one asked about. Only a name set off as a side counts ({@link #setOffAsSide}): "20-6 win
     * over Towson at Delaware Stadium that halted a five-game UD losing streak" names the asked side, a ground, and
     * initials that no side's word sets off.
     */
    private boolean scoreOfAnotherGame(String sentence, Phrase span) {
        String clause = Words.clauseAfter(sentence, span);
        List<Phrase> names = Names.in(clause);
        return names.stream().anyMatch(name -> !namesGiven(name) && setOffAsSide(clause, name, names))
                || sideListedBefore(sentence, span);
    }

    /**
     * Whether {@code name}, of the words after a score, follows a word that sets off the other side ({@link
     * #SIDE_BEFORE}). After "at" it is where the game was, not a side, when it names a ground ("at Franklin Field") or
     * when a side the question names has already been set off ("win over Towson at Newark").
     */
    private boolean setOffAsSide(String clause, Phrase name, List<Phrase> names) {
        Matcher side = SIDE_BEFORE.matcher(clause.substring(0, name.start()));
        if (!side.find()) {
            return false;
        }
        if (!side.group(1).equalsIgnoreCase("at")) {
            return true;
        }
        boolean ground = GROUNDS.contains(Words.of(name.text()).getLast().text());
        boolean givenSideBefore = names.stream().anyMatch(n -> n.end() <= name.start() && namesGiven(n));
        return !ground && !givenSideBefore;
    }

    /**
     * A side the question does not name, set off right before the score in a list of results: "losses at Drexel, 9-8,
     * and Fairfield, 12-11" gives Drexel's and Fairfield's games, not Penn's. Only in a list, by another side and its
     * score beside it: "beat the 49ers in Las Vegas, 25-22" sets off a place, not a side.
     */
    private boolean sideListedBefore(String sentence, Phrase span) {
        int comma = span.start() - 1;
        while (comma >= 0 && sentence.charAt(comma) == ' ') {
            comma--;
        }
        if (comma < 1 || sentence.charAt(comma) != ',') {
            return false;
        }
        Phrase side = Names.endingAt(sentence, comma).orElse(null);
        if (side == null || namesGiven(side)) {
            return false;
        }
        return RESULT_LISTED_BEFORE.matcher(sentence.substring(0, side.start())).find()
                || RESULT_LISTED_AFTER.matcher(sentence.substring(span.end())).lookingAt();
    }

    /**
     * A result the sentence reports against a side the question does not name, beside a name it does, is another
     * game's where the question names both sides ("between the Chiefs and the 49ers", "Princeton against Delaware"):
     * "The Kansas City Chiefs stunned the Baltimore Ravens with a 17-10 victory" for the Chiefs against the 49ers. The
     * other side is one beaten: the subject of "won" may be a player winning an award ("Mahomes won MVP as…"). So is a
     * result between two sides the question does not name. A question naming one side ("the Chiefs' game at
     * Arrowhead") may be answered by its result against any other.
     */
    boolean resultWithAnotherSide(String sentence) {
        if (!asksAboutTwoSides) {
            return false;
        }
        List<Phrase> names = Names.in(sentence);
        boolean anotherBeaten = names.stream()
                .anyMatch(name -> Victory.sideOf(sentence, name) == Victory.Side.LOSER && !namesGiven(name));
        // "when the New England Patriots beat the Los Angeles Rams 13-3": a result between two other teams, named in
        // full; "Kansas City beat San Francisco" may be the asked sides by their cities.
        return anotherBeaten
                && (names.stream().anyMatch(this::namesGiven)
                        || names.stream()
                                        .filter(name -> Victory.sideOf(sentence, name) == Victory.Side.WINNER
                                                || Victory.sideOf(sentence, name) == Victory.Side.LOSER)
                                        .filter(name -> !namesGiven(name) && isTeamsFullName(name))
                                        .count()
                                >= 2);
    }

    /** A place and a nickname in the plural: "Los Angeles Rams", "San Francisco 49ers"; not "Kansas City". */
    private static boolean isTeamsFullName(Phrase name) {
        List<Phrase> words = Words.of(name.text());
        return words.size() > 1 && Words.isPlural(words.getLast().text());
    }

    private boolean namesGiven(Phrase name) {
        return Words.of(name.text()).stream().anyMatch(w -> given.test(w.text()));
    }

    /**
     * A score its own clause dates before the game asked about: "Delaware downed St. Francis 27-10 last season in the
     * schools' only previous meeting" is no score of this week's game, unless the question asks about an earlier one.
     */
    private boolean scoreOfEarlierGame(String sentence, Phrase span) {
        return !asksAboutEarlierGame
                && EARLIER_GAME.matcher(Words.clauseAfter(sentence, span)).find();
    }

    /**
     * A team's record, not a game's score: "The Fightin' Blue Hens are 2-1 in home games", "improved to 11-1",
     * "Alabama (10-2)", "Albany (5-3, 2-3)": in brackets after a side's name, unless that side is the one a result names
     * as beaten ("England beat Spain (2-1)").
     */
    private static boolean isRecord(String sentence, Phrase span) {
        String before = sentence.substring(0, span.start());
        if (SCORE_SUBJECT.matcher(before).find()) {
            return false;
        }
        if (RECORD_BEFORE.matcher(before).find()
                || RECORD_AFTER.matcher(sentence.substring(span.end())).lookingAt()) {
            return true;
        }
        Matcher bracket = RECORD_IN_BRACKETS_BEFORE.matcher(before);
        return bracket.find()
                && BRACKETED_RECORD_AFTER
                        .matcher(sentence.substring(span.end()))
                        .lookingAt()
                && (!BEATEN_BEFORE.matcher(before.substring(0, bracket.start())).find()
                        // "defeated Central (2-2) 39-34": the score follows the beaten side's record; and a defeat
                        // has no level score, so "defeated Central (2-2) for the fifth time" gives a record too.
                        || SCORE_AFTER_BRACKET
                                .matcher(sentence.substring(span.end()))
                                .lookingAt()
                        || isLevel(span.text())
                                && !SHOOTOUT_AFTER
                                        .matcher(sentence.substring(span.end()))
                                        .find());
    }

    /** Whether a score is level: "2-2". */
    private static boolean isLevel(String score) {
        int dash = score.indexOf('-');
        return dash > 0 && score.substring(0, dash).equals(score.substring(dash + 1));
    }
}
