package dev.sourced.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that tell one of a series by its number: "Chandrayaan-3", "Artemis II", "Apollo 11". A question about one is
 * not answered by a sentence about another of the same series that does not name the asked one ("the $140-million
 * mission in 2019… confirmed by India's Chandrayaan-1 mission" for the cost of Chandrayaan-3): the number is a
 * constraint like a year.
 */
final class NumberedNames {
    /** A capitalised word, then a hyphen or a space, then a number or a Roman numeral of up to four letters. */
    private static final Pattern NUMBERED =
            Pattern.compile("\\b(\\p{Lu}[\\p{L}]+)(?:-| )(\\d{1,3}|[IVX]{1,4})(?![\\p{L}\\d,.-]*\\d)\\b");
    /** Words before a number that say where, not which of a series: "No. 5", "Page 3" (a month's day is a date). */
    private static final Set<String> NOT_SERIES = Set.of("No", "Number", "Page", "Chapter");

    private NumberedNames() {}

    /** Each series {@code text} names, with the numbers it gives it: "chandrayaan" → {"1", "3"}. */
    static Map<String, Set<String>> in(String text) {
        Map<String, Set<String>> series = new HashMap<>();
        Matcher m = NUMBERED.matcher(text);
        while (m.find()) {
            if (!NOT_SERIES.contains(m.group(1)) && Months.named(m.group(1)).isEmpty()) {
                series.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), s -> new HashSet<>())
                        .add(m.group(2));
            }
        }
        return series;
    }

    /**
     * Whether {@code text} names a series the question asks about ({@code asked}, by {@link #in}) only by other numbers
     * than the asked ones.
     */
    static boolean contradicts(Map<String, Set<String>> asked, String text) {
        if (asked.isEmpty()) {
            return false;
        }
        Map<String, Set<String>> named = in(text);
        return asked.entrySet().stream().anyMatch(series -> {
            Set<String> numbers = named.get(series.getKey());
            return numbers != null && numbers.stream().noneMatch(series.getValue()::contains);
        });
    }
}
