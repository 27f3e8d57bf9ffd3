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
     * A search engine's date before a snippet, as result pages write it: the month short and without a full stop ("Jan",
     * "Sept"; "May" is both), the day and the year, or how long ago, then a dash, a middle dot or an ellipsis. News
     * writes "Jan. 24" (AP) or a month in full, as timelines do ("January 1, 1979 — Deanna Montgomery is killed"), and
     * those dates may answer.
     */
    private static final Pattern SNIPPET_DATE =
            Pattern.compile("^\\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|"
                    + "Nov|Dec) \\d{1,2}, \\d{4}|(?:\\d{1,2}|an?) (?:minute|hour|day|week|month)s? ago)"
                    + "\\s*(?:[—–−-]{1,2}|·|\\.\\.\\.|…)\\s");

    private Dateline() {}

    /**
     * Whether {@code text} before {@code offset}, on its line, is a search engine's date and its mark, so that what
     * follows opens the snippet's sentence.
     */
    static boolean endsSnippetDate(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        Matcher date = SNIPPET_DATE.matcher(text).region(lineStart, offset);
        return date.lookingAt() && date.end() == offset;
    }

    /** Where the sentence's own words begin: after its dateline, or 0 when it has none. */
    static int end(String sentence) {
        // Every sentence read is asked, by several readings: most hold none of the marks a dateline ends with.
        if (!holdsMark(sentence)) {
            return 0;
        }
        Matcher date = SNIPPET_DATE.matcher(sentence);
        int start = date.find() ? date.end() : 0;
        Matcher place = PLACE_LINE.matcher(sentence);
        return place.find(start) ? place.end() : start;
    }

    /** Whether {@code sentence} holds a dash, a middle dot or an ellipsis, one of which ends every dateline. */
    private static boolean holdsMark(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if ("—–−-·…".indexOf(sentence.charAt(i)) >= 0) {
                return true;
            }
        }
        return sentence.contains("...");
    }
}
