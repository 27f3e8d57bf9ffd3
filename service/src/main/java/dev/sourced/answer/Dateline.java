package dev.sourced.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a story's text opens with before its own words: the place line agencies write ("LOS ANGELES –",
 * "WASHINGTON (AP) —", "MALAGA, Spain —", "TAIPEI, Jan 13 (Reuters) -", and with a minus sign for a dash, as some
 * outlets set it: "CEDAR KEY, Fla. −"), and the date a search engine sets before a result's snippet ("Jan 24, 2023 -",
 * "Jan 29, 2024 ·", "3 days ago —"), or both. They say where and when the story was filed and who sent it, never an
 * answer to what the story reports.
 */
final class Dateline {
    private static final Pattern PLACE_LINE =
            Pattern.compile("\\G\\s*\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?"
                    + "(?:\\s+\\d{1,2})?)?(?:\\s*\\([^)]{1,40}\\))?\\s*[—–−-]{1,2}\\s");

    /**
     * A search engine's date before a snippet: the month short without a full stop or in full, the day and the year,
     * or how long ago, then a dash, a middle dot or an ellipsis. News itself writes "Jan. 24" and seldom opens a
     * sentence with a date and a dash.
     */
    private static final Pattern SNIPPET_DATE = Pattern.compile("^\\s*(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
            + "Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)"
            + " \\d{1,2}, \\d{4}|\\d{1,2} (?:minute|hour|day|week)s? ago)\\s*(?:[—–−-]{1,2}|·|\\.\\.\\.|…)\\s");

    private Dateline() {}

    /** Where the sentence's own words begin: after its dateline, or 0 when it has none. */
    static int end(String sentence) {
        Matcher date = SNIPPET_DATE.matcher(sentence);
        int start = date.find() ? date.end() : 0;
        Matcher place = PLACE_LINE.matcher(sentence);
        return place.find(start) ? place.end() : start;
    }
}
