package dev.sourced.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The months of the year as news writes them: in full or abbreviated ("Aug.", "Sept."). */
final class Months {
    static final List<String> FULL = List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");
    private static final Map<String, String> ABBREVIATED = Map.ofEntries(
            Map.entry("jan", "January"),
            Map.entry("feb", "February"),
            Map.entry("mar", "March"),
            Map.entry("apr", "April"),
            Map.entry("jun", "June"),
            Map.entry("jul", "July"),
            Map.entry("aug", "August"),
            Map.entry("sep", "September"),
            Map.entry("sept", "September"),
            Map.entry("oct", "October"),
            Map.entry("nov", "November"),
            Map.entry("dec", "December"));
    /** A capitalised word, maybe abbreviated with a full stop, right before a number: its month ("Aug." of "Aug. 21"). */
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{L}{2,8})\\.?\\s+$");
    /** The longest a month's name and the space after it are written: "September ". */
    private static final int MONTH_CHARS = 12;
    /** An abbreviation with its capital, so "mar" (the verb) and "dec" stay words. */
    private static final Pattern ABBREVIATION =
            Pattern.compile("(?=[JFMASOND])\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)" + "\\b\\.?");

    /**
     * The abbreviations as {@link #ABBREVIATION} matches them, capitalised: a text is searched only when it holds one.
     */
    private static final List<String> CAPITALISED_ABBREVIATIONS = ABBREVIATED.keySet().stream()
            .map(a -> Character.toUpperCase(a.charAt(0)) + a.substring(1))
            .toList();

    private static final Map<String, String> FULL_BY_LOWER_CASE =
            FULL.stream().collect(Collectors.toUnmodifiableMap(m -> m.toLowerCase(Locale.ROOT), m -> m));

    private Months() {}

    /** The month {@code word} names, in full or abbreviated, in any case. */
    static Optional<String> named(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
        String full = FULL_BY_LOWER_CASE.get(lower);
        return Optional.ofNullable(full != null ? full : ABBREVIATED.get(lower));
    }

    /** {@code text} with every capitalised abbreviation of a month written in full: "Aug. 15" is "August 15". */
    static String writtenInFull(String text) {
        // This runs for every sentence read; most hold no abbreviation to search for.
        if (CAPITALISED_ABBREVIATIONS.stream().noneMatch(text::contains)) {
            return text;
        }
        Matcher m = ABBREVIATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, ABBREVIATED.get(m.group(1).toLowerCase(Locale.ROOT)));
        }
        return m.appendTail(out).toString();
    }

    /** The alternatives of a regular expression matching a month, full or abbreviated with its period optional. */
    static String pattern() {
        StringBuilder alternatives = new StringBuilder(String.join("|", FULL));
        ABBREVIATED.keySet().stream()
                .sorted()
                .forEach(a -> alternatives
                        .append('|')
                        .append(Character.toUpperCase(a.charAt(0)))
                        .append(a.substring(1))
                        .append("\\.?"));
        return "(?:" + alternatives + ")";
    }

    /** Whether a month's name, in full or abbreviated, stands right before {@code offset} of {@code text}: "Aug. " of "Aug. 21". */
    static boolean namedRightBefore(String text, int offset) {
        Matcher month = MONTH_BEFORE.matcher(text.substring(Math.max(0, offset - MONTH_CHARS), offset));
        return month.find() && named(month.group(1)).isPresent();
    }
}
