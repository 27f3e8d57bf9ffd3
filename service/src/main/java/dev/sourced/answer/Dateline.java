package dev.sourced.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place line agencies open a story with: "LOS ANGELES –", "WASHINGTON (AP) —", "MALAGA, Spain —", and with a
 * minus sign for a dash, as some outlets set it: "CEDAR KEY, Fla. −". It names where the story was filed and who sent
 * it, never an answer to what the story reports.
 */
final class Dateline {
    private static final Pattern DATELINE =
            Pattern.compile("^\\s*\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?"
                    + "(?:\\s*\\([^)]{1,40}\\))?\\s*[—–−-]{1,2}\\s");

    private Dateline() {}

    /** Where the sentence's own words begin: after its dateline, or 0 when it has none. */
    static int end(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        return m.find() ? m.end() : 0;
    }
}
