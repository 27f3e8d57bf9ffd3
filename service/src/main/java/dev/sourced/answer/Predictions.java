package dev.sourced.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says will or may come, not what came: "The weather service predicts as many as 10 inches of rain
 * could drop", "a crowd expected to top 70,000". A question about what happened ("How much rain did Portland
 * record?") is not answered by a forecast's figure; one that asks about the forecast or what will be is.
 */
final class Predictions {
    /**
     * Words before a figure in its clause that make it a forecast: a modal of what may be, a verb of predicting. Not
     * "will", which as often tells a plan the question asks about after it was carried out ("Queen Margrethe will strip
     * four of her grandchildren of their titles"); "may" only in lower case, which in capitals is a month; no noun for
     * forecasters, who report what fell as well.
     */
    private static final Pattern PREDICTING = Pattern.compile("(?i)\\b(?:could|might|(?-i:may)|"
            + "expected to|expects?|forecasts?|predicts?|predicted|projects?|projected|estimated to|likely to|"
            + "on pace to|on track to)\\b");
    /** An asking sentence about the past: "did", "was", "were", "had". */
    private static final Pattern ASKS_PAST = Pattern.compile("(?i)\\b(?:did|was|were|had)\\b");
    /** An asking sentence about a forecast or what will come. */
    private static final Pattern ASKS_PREDICTION = Pattern.compile(
            "(?i)\\b(?:forecast\\w*|predict\\w*|expect\\w*|"
                    + "project\\w*|estimat\\w*|outlook|call(?:s|ed)? for|could|would|will|may|might|plan\\w*|likely|goal|target)\\b");

    private Predictions() {}

    /** Whether {@code asking}, a question's asking sentence, asks what happened, not what was foreseen. */
    static boolean asksWhatHappened(String asking) {
        return ASKS_PAST.matcher(asking).find()
                && !ASKS_PREDICTION.matcher(asking).find();
    }

    /** Whether {@code span}, a figure of {@code sentence}, is foreseen by the words before it in its clause. */
    static boolean predicted(String sentence, Phrase span) {
        String before = sentence.substring(0, span.start());
        Matcher clauseBreak = Words.CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (clauseBreak.find()) {
            clauseStart = clauseBreak.end();
        }
        return PREDICTING.matcher(before).region(clauseStart, before.length()).find();
    }
}
