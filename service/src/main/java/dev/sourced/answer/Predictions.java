package dev.sourced.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says may come, not what came: "The weather service predicts as many as 10 inches of rain could
 * drop", "a crowd expected to top 70,000". A question about what happened ("How much rain did Portland record?") is not
 * answered by a forecast's figure; one that asks about the forecast or what will be is.
 */
final class Predictions {
    /**
     * Words shortly before a figure in its clause that make it a forecast: a modal of what may be (not "may have
     * died", a hedged past), a verb of predicting. Not "will", which as often tells a plan the question asks about
     * after it was carried out ("Queen Margrethe will strip four of her grandchildren of their titles"); "may" only in
     * lower case, which in capitals is a month; no noun for forecasters, who report what fell as well.
     */
    private static final Pattern PREDICTING = Pattern.compile("(?i)\\b(?:(?:could|might|(?-i:may))(?!\\s+have\\b)|"
            + "expected to|expects?|forecasts?|predicts?|predicted|projected)\\b");
    /** How far before a figure the words that foresee it may stand: "predicts as many as ". */
    private static final int PREDICTING_REACH_CHARS = 60;
    /** Where a clause ends before a figure: a stop of the clause, or a word that opens another one. */
    private static final Pattern CLAUSE_OPENS = Pattern.compile(
            Words.CLAUSE_BREAK.pattern() + "|\\b(?:but|and|while|who|which|that|for|after|before|because|when)\\b");
    /** An asking sentence about the past: "did", "was", "were", "had". */
    private static final Pattern ASKS_PAST = Pattern.compile("(?i)\\b(?:did|was|were|had)\\b");
    /** An asking sentence about a forecast or what may come. */
    private static final Pattern ASKS_PREDICTION = Pattern.compile("(?i)\\b(?:forecast\\w*|predict\\w*|expect\\w*|"
            + "project(?:ed|ion|ions)?|estimat\\w*|outlook|call(?:s|ed)? for|could|would|(?-i:may)|might|"
            + "plan(?:s|ned|ning)?|likely|goal|target)\\b");

    private Predictions() {}

    /**
     * Whether {@code asking}, a question's asking sentence, asks what happened ("did", "was"), not what was foreseen or
     * is to come ({@link Recency#asksAboutFuture}). A verb in "-ed" alone does not tell: "how many employees are
     * affected" asks about a cut to come.
     */
    static boolean asksWhatHappened(String asking) {
        return ASKS_PAST.matcher(asking).find()
                && !ASKS_PREDICTION.matcher(asking).find()
                && !Recency.asksAboutFuture(asking);
    }

    /** Whether {@code span}, a figure of {@code sentence}, is foreseen by the words shortly before it in its clause. */
    static boolean predicted(String sentence, Phrase span) {
        int from = Math.max(0, span.start() - PREDICTING_REACH_CHARS);
        String before = sentence.substring(from, span.start());
        Matcher opens = CLAUSE_OPENS.matcher(before);
        int clauseStart = 0;
        while (opens.find()) {
            clauseStart = opens.end();
        }
        return PREDICTING.matcher(before).region(clauseStart, before.length()).find();
    }
}
