package dev.sourced.answer;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who won, read from the words around a name. Results are news's most common fact, and the sentence that reports one
 * names both sides: in "Michigan beat the Washington Huskies" the asked-for winner is the name before the verb, not
 * the one nearest the question's words after it. A question asks for the winner when its asked-for phrase is the
 * subject of a verb of winning ("Which school won…", "Who beat Luke Littler…"); "Which team did Michigan beat?" asks for
 * the loser, the side a sentence reports beaten.
 */
final class Victory {
    /** Verbs of defeat, whose subject won and whose object lost; {@link GameScores} reads a beaten side by them too. */
    static final String DEFEAT = "(?:beat|beats|defeated|defeats|topped|tops|edged|edges|routed|routs|downed|"
            + "downs|upset|upsets|outlasted|outlasts|outscored|outscores|overpowered|overwhelmed|thrashed|crushed|"
            + "stunned|swept|eliminated|knocked out|knocked off|knocks off|took down|takes down|held off|nipped|nips|blanked|"
            + "blanks|whipped|whips|drubbed|drubs|overcame|overcomes|ousted|ousts|unseated|unseats)";
    /**
     * A defeat told: a verb of defeat, the beaten side's "lost to", "fell to", or the winner's "win over" as a game
     * played ("lifted the Braves to a road win over the Knights"), not one sought ("with a win over").
     */
    private static final Pattern DEFEAT_TOLD = Pattern.compile("(?i)\\b(?:" + DEFEAT + "|lost to|fell to|"
            + "(?:to|earned|notched|posted|secured|claimed|recorded|sealed) (?:a|an|the|their|its|his|her) "
            + "(?:[\\w-]+ ){0,3}(?:win|victory) over)\\b");
    /** Verbs whose subject is the winner, the object being what was won. */
    private static final String WIN = "(?:won|wins|win|clinched|clinches|captured|captures|claimed|claims)";

    private static final String AUXILIARY = "(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could)";
    private static final Pattern ASKS_WINNER = Pattern.compile("(?i)^\\s*(?:who|(?:which|what)\\b"
            + "(?:(?!\\b" + AUXILIARY + "\\b)[^?,;]){0,60}?)\\s+"
            + "(?:(?:has|have|had|just|recently|finally|eventually|ultimately)\\s+)*(?:" + DEFEAT + "|" + WIN + ")\\b");
    /**
     * "Which team did the 49ers overcome", "whom did Djokovic beat in the final", "who lost to Michigan": the asked-for
     * phrase is the object of a verb of defeat, or the subject of "lost to".
     */
    private static final Pattern ASKS_LOSER = Pattern.compile("(?i)^\\s*(?:who|whom|(?:which|what)\\b[^?,;]{0,60}?)\\s+"
            + "(?:(?:did|does|do|will|would|could|can|has|have|had)\\s+(?:(?!\\b(?:did|does|do)\\b)[^?,;]){1,80}?\\s+"
            + "(?:beat|defeat|edge|rout|upset|outlast|outscore|overpower|overwhelm|thrash|crush|stun|sweep|eliminate|"
            + "knock (?:out|off)|take down|hold off|overcome|oust|unseat|nip|blank|whip|drub)"
            + "|(?:lost|loses|fell|falls)\\s+to)\\b");
    /**
     * After the name: a record or a seed in brackets, an adverb, then the verb ("Michigan (15-0) beat"), or a relative
     * pronoun before a verb of defeat ("the 49ers, who took down the Lions"): "Georgia, which won two titles, lost…"
     * tells what Georgia won before, not this result.
     */
    private static final Pattern WINNER_AFTER =
            Pattern.compile("(?i)^[\"”]?\\s*(?:\\([^)]{0,12}\\)\\s*)?(?:" + "(?:(?:\\w+ly|also)\\s+)?(?:" + DEFEAT + "|"
                    + WIN + ")|,?\\s*(?:who|which|that)\\s+(?:\\w+ly\\s+)?" + DEFEAT + ")\\b");
    /** After a possessive name: its result ("Princeton's 84-82 win"). */
    private static final Pattern WIN_AFTER_POSSESSIVE =
            Pattern.compile("(?i)^\\s*(?:[\\d–-]+\\s+)?(?:\\w+\\s+)?(?:win|victory|triumph|rout)\\b");
    /**
     * A word of what a beaten side is described by before its name, up to the next clause: "two-time European
     * Championship winner", "multiple champions including five-time world champion"; not a word that joins or opens
     * another phrase ("and", "as", "to").
     */
    private static final String DESCRIBING_WORD = "(?!(?:and|or|but|nor|as|before|after|when|while|where|once|to|in|on|"
            + "at|for|with|by|from|of|that|who|which|whom|then|than|into|during|since|until|if|because|so|behind|despite|"
            + "via|under|amid|over|through|against)(?![\\p{L}\\d'’-]))"
            // A verb ends the description ("A stunned crowd watched Luke Humphries…"); "16-year-old" does not.
            + "(?!(?!including\\b)[\\p{L}]+(?:ed|ing)(?![\\p{L}\\d'’-]))"
            + "[\\p{L}\\d][\\p{L}\\d'’.-]*";

    /** " and " and the words that describe the next name, after a name: the end of a list. */
    private static final Pattern JOINED_AFTER_NAME =
            Pattern.compile("(?i),?\\s+and\\s+(?:" + DESCRIBING_WORD + "\\s+){0,6}$");
    /**
     * Where a clause ends after a name: a stop, a preposition, or the sentence's end; not a comma, which may open what
     * describes the name before its own verb ("Aitana Bonmatí, the midfielder, was named…").
     */
    private static final Pattern CLAUSE_ENDS =
            Pattern.compile("(?i)\\s*(?:$|[.;:!?)\"”]|(?:in|on|at|to|for|during|with)\\b)");

    /**
     * Before the name: "beat the", "a win over". Searched for through all that stands before every name read, so the
     * search first looks at the letter a match can start with.
     */
    private static final Pattern LOSER_BEFORE = Pattern.compile("(?i)(?=[bdteruosckhwvn])\\b(?:" + DEFEAT
            + "|(?:take|taken)\\s+down"
            + "|(?:win|victory|triumph|rout)\\s+(?:over|against))\\s+(?:the\\s+)?(?:" + DESCRIBING_WORD
            + "\\s+){0,6}$");
    /**
     * "Won", "wins" or "captured" right before the name, whose object it is: "also won Outstanding Sound Editing"; not
     * "claimed" nor "clinched", which may take a person ("claims Edmundo González won"), nor the noun "win".
     */
    private static final Pattern PRIZE_BEFORE =
            Pattern.compile("(?i)\\b(?:won|wins|captured)\\s+(?:the\\s+|an?\\s+|(?:its|his|her|their)\\s+)?$");
    /** After a name: a verb of winning ("also won", "”won"), of which it is the subject. */
    private static final Pattern WON_AFTER =
            Pattern.compile("(?i)^[\"”]?\\s*(?:(?:\\w+ly|also)\\s+)?(?:won|wins|captured|claimed)\\b");
    /** After a name: an award given to it ("was named MVP", "was voted", "received"). */
    private static final Pattern AWARDED_AFTER = Pattern.compile(
            "(?i)^['’]?s?\\s*,?\\s*(?:(?:was|were|is|has been|had been)\\s+(?:named|voted|awarded|given|honored)|received|took home)\\b");
    /** "lost to the": the name after it won. */
    private static final Pattern WINNER_BEFORE =
            Pattern.compile("(?i)(?=[lf])\\b(?:lost|loses|fell|falls)\\s+to\\s+(?:the\\s+)?$");

    /** After the name: "lost to", or a verb of defeat in the passive ("was beaten by", "was barely edged"). */
    private static final Pattern LOSER_AFTER =
            Pattern.compile("(?i)^\\s*(?:\\([^)]{0,12}\\)\\s*)?(?:(?:lost|loses|fell|falls)\\s+to"
                    + "|(?:was|were|is|are|got|had\\s+been|has\\s+been)\\s+(?:\\w+ly\\s+)?(?:beaten|" + DEFEAT
                    + "))\\b");

    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s?");

    /**
     * "Which film was named worst picture", "who was voted most valuable player": the asked-for phrase given a title an
     * award gives.
     */
    private static final Pattern ASKS_AWARDED = Pattern.compile("(?i)^\\s*(?:who|(?:which|what)\\b[^?,;]{0,60}?)\\s+"
            + "(?:was|were|is|are)\\s+(?:named|voted|crowned)\\s+(?:the\\s+)?(?:best|worst|top|most|greatest)\\b");
    /** What a sentence says of an award's contenders: "received 11 nominations", "regular nominees", "up for". */
    private static final Pattern NOMINATED =
            Pattern.compile("(?i)\\b(?:nominat\\w*|nominees?|nods?|(?:is|are|was|were|be) up for|"
                    + "in the running|contenders?|shortlist\\w*|finalists?)\\b");
    /** What a sentence says of an award's winner: "won", "took home", "went to", "was named best actress". */
    private static final Pattern AWARDED = Pattern.compile("(?i)\\b(?:" + WIN + "|winning|winners?|victory|"
            + "(?:took|takes|taking) home|(?:went|goes|going) to|awarded|triumph\\w*|swept|sweeps|accept(?:ed|s)|"
            + "picked up|collected|(?:was|were|is|are) (?:named|voted|crowned|selected|chosen)|became|becomes|"
            + "(?:received|receives|earned|earns|secured|secures|got|gets|took|takes|landed|lands)"
            + "(?!\\s+(?:\\S+\\s+){0,2}?(?:nominations?|nods?)\\b))\\b|" + DEFEAT + "\\b");
    /**
     * What tells of a result at all: a verb of winning or defeat, an award given, or the title or prize a winner holds
     * ("the new world champion", "claimed gold", "gave five trophies to").
     */
    private static final Pattern RESULT = Pattern.compile("(?i)\\b(?:champions?|championship|titles?|crowns?|crowned|"
            + "trophy|trophies|medals?|prizes?|awards?|gold|first place|finished first|came out on top|(?:re-?)?elected|"
            + "landslide|prevail\\w*|beaten|defeat\\w*|lost|loses|los(?:e|ing) to|fell to|falls to)\\b");

    /** A question about a nomination itself ("who won the Republican nomination"), which a nominee answers. */
    private static final Pattern ASKS_NOMINATION = Pattern.compile("(?i)\\bnominat\\w*|\\bnominees?\\b|\\bnods?\\b");

    /** The side of a result a name stands on in its sentence. */
    enum Side {
        WINNER,
        LOSER,
        /** What was won: "The Queen's Gambit also won Outstanding Sound Editing". */
        PRIZE,
        UNKNOWN
    }

    private Victory() {}

    /** Whether {@code question} asks who or what won: its asked-for phrase is the subject of a verb of winning. */
    static boolean asksForWinner(String question) {
        return ASKS_WINNER.matcher(QuestionForm.asking(question)).find();
    }

    /**
     * Whether {@code question} asks for the side that lost: the object of a verb of defeat ("Which team did Michigan
     * beat?"), or who "lost to" the side it names.
     */
    static boolean asksForLoser(String question) {
        return ASKS_LOSER.matcher(QuestionForm.asking(question)).find();
    }

    /**
     * Whether {@code question} asks who won an award or a title: the subject of a verb of winning, or what "was named
     * best picture", "was voted most valuable player"; not when it asks about a nomination, which a nominee wins.
     */
    static boolean asksForAwardee(String question) {
        String asking = QuestionForm.asking(question);
        return (ASKS_WINNER.matcher(asking).find()
                        || ASKS_AWARDED.matcher(asking).find())
                && !ASKS_NOMINATION.matcher(asking).find();
    }

    /**
     * Whether a sentence tells only of an award's contenders ("Fifty Shades received nominations", "Twilight movies
     * have been regular nominees"), not who won it: a nominee is no winner.
     */
    static boolean onlyNominates(String sentence) {
        return NOMINATED.matcher(sentence).find() && !AWARDED.matcher(sentence).find();
    }

    /**
     * Whether {@code name} stands in its sentence as the side that lost or as what was won, or, where the sentence
     * names who won something ({@code winnerWritten}: "The Queen's Gambit also won…"), on no side of the result and
     * not named for an award either ("aired on CBS", but not "Mahomes was named MVP after the Chiefs won").
     */
    static boolean namesNoWinner(String sentence, Phrase name, boolean winnerWritten) {
        Side side = sideOf(sentence, name);
        return side == Side.LOSER
                || side == Side.PRIZE
                || winnerWritten
                        && side != Side.WINNER
                        && !AWARDED_AFTER
                                .matcher(sentence.substring(name.end()))
                                .lookingAt();
    }

    /**
     * Whether {@code text} tells of a result: who won or lost, an award given or a title held. A sentence that tells of
     * none ("Rob Cross, Littler's semi-final matchup, was the highest-rated player he had faced") names no winner.
     */
    static boolean tellsOfResult(String text) {
        return AWARDED.matcher(text).find() || RESULT.matcher(text).find();
    }

    /**
     * Whether {@code text} tells of a defeat ("the host Panthers (4-0), who defeated Central (2-2)"): a game played, not
     * one to come, whatever titles or prizes it is for.
     */
    static boolean tellsOfDefeat(String text) {
        return DEFEAT_TOLD.matcher(text).find();
    }

    /**
     * Whether a name of {@code sentence} that the question does not give ({@code given}) is the subject of a verb of
     * winning ("The Queen's Gambit also won…"); a verb of defeat tells of a game, not of who won the asked prize.
     */
    static boolean namesAWinner(String sentence, Predicate<Phrase> given) {
        return Names.in(sentence).stream()
                .anyMatch(name -> !given.test(name)
                        && WON_AFTER.matcher(sentence.substring(name.end())).lookingAt());
    }

    /**
     * Whether a name ends a list whose name before it was beaten ("took down Raymond van Barneveld and 2023 UK Open
     * champion Andrew Gilding."): beaten too, where the sentence's clause ends after it; "beat England and Aitana
     * Bonmatí was named best player" goes on with her own verb.
     */
    private static boolean joinedToBeaten(String sentence, String before, String after) {
        Matcher joined = JOINED_AFTER_NAME.matcher(before);
        if (!joined.find() || !CLAUSE_ENDS.matcher(after).lookingAt()) {
            return false;
        }
        return Names.endingAt(before, joined.start())
                .filter(n -> sideOf(sentence, n) == Side.LOSER)
                .isPresent();
    }

    /** The side {@code name}, a phrase of {@code sentence}, stands on in the result the sentence reports. */
    static Side sideOf(String sentence, Phrase name) {
        String before = sentence.substring(0, name.start());
        String after = sentence.substring(name.end());
        Matcher apostrophe = POSSESSIVE.matcher(after);
        int skip = apostrophe.lookingAt() ? apostrophe.end() : 0;
        boolean possessive =
                skip > 0 || name.text().endsWith("'s") || name.text().endsWith("’s");
        String rest = after.substring(skip);
        if (LOSER_BEFORE.matcher(before).find()
                || !possessive && LOSER_AFTER.matcher(rest).find()
                || joinedToBeaten(sentence, before, rest)) {
            return Side.LOSER;
        }
        boolean winsAfter = possessive
                ? WIN_AFTER_POSSESSIVE.matcher(rest).find()
                : WINNER_AFTER.matcher(rest).find();
        if (winsAfter || WINNER_BEFORE.matcher(before).find()) {
            return Side.WINNER;
        }
        return PRIZE_BEFORE.matcher(before).find() ? Side.PRIZE : Side.UNKNOWN;
    }
}
