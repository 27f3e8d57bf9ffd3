package dev.sourced.answer;

import java.util.regex.Pattern;

/**
 * The span of time a figure is reported for, where a question asks a whole year's: "How much did Jakafi bring in for
 * all of 2013?" is not answered by "third-quarter earnings … of $60.2 million", "revenue for the quarter" nor the first
 * nine months' sales, parts of the year a company reports on its way to the whole.
 */
final class ReportingPeriod {
    /** A part of a year a figure is reported for: a quarter, a half, the first months of it, the year so far. */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?i)\\b(?:(?:first|second|third|fourth)[- ]quarter"
            + "|quarterly|Q[1-4]|(?:for|in|during|of) the (?:\\p{L}+ )?quarter|(?:this|last) quarter"
            + "|(?:first|second) half|(?:first|last|past) (?:three|six|nine) months|nine-month"
            + "|year[- ]to[- ]date)\\b");
    /** A whole year the question asks a figure for: "for all of 2013", "in 2022", "annual", "full-year". */
    private static final Pattern WHOLE_YEAR = Pattern.compile(
            "(?i)\\b(?:(?:for|in|during|of) (?:all of |the whole of |fiscal |calendar )?(?:19|20)\\d\\d|annual(?:ly)?"
                    + "|full[- ]year|for the year|a year)\\b");

    private ReportingPeriod() {}

    /** Whether {@code question} asks a figure for a whole year, and says no part of one. */
    static boolean asksWholeYear(String question) {
        return WHOLE_YEAR.matcher(question).find()
                && !PART_OF_YEAR.matcher(question).find();
    }

    /** Whether {@code sentence} reports its figures for a part of a year. */
    static boolean reportsPartOfYear(String sentence) {
        return PART_OF_YEAR.matcher(sentence).find();
    }
}
