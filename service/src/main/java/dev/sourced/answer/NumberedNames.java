package dev.sourced.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    /**
     * Up to three capitalised words (the series' name: "Super Bowl", so that "Kelce Bowl I" is another), then a hyphen
     * or a space, then a number or a Roman numeral up to 399.
     */
    private static final Pattern NUMBERED =
            Pattern.compile("\\b((?:\\p{Lu}[\\p{L}]+ ){0,2}\\p{Lu}[\\p{L}]+)(?:-| )(\\d{1,3}"
                    // A Roman numeral, but not "C" or "L" alone ("Vitamin C").
                    + "|(?=[IVXLC])(?![CL]\\b)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?![\\p{L}\\d,.-]*\\d)\\b");
    /** The Roman numerals' values, largest first, with the subtractive pairs. */
    private static final List<Map.Entry<String, Integer>> ROMAN = List.of(
            Map.entry("C", 100),
            Map.entry("XC", 90),
            Map.entry("L", 50),
            Map.entry("XL", 40),
            Map.entry("X", 10),
            Map.entry("IX", 9),
            Map.entry("V", 5),
            Map.entry("IV", 4),
            Map.entry("I", 1));
    /** Words before a number that say where, not which of a series: "No. 5", "Page 3" (a month's day is a date). */
    private static final Set<String> NOT_SERIES = Set.of("No", "Number", "Page", "Chapter");
    /** The last words of two series' names that must agree for them to be one series ({@link #sameSeries}). */
    private static final int SERIES_NAME_WORDS = 2;

    private NumberedNames() {}

    /**
     * Each series {@code text} names, with the numbers it gives it in digits: "chandrayaan" → {"1", "3"}; "super bowl"
     * → {"58"} of "Super Bowl LVIII", as news writes "Super Bowl 58" too.
     */
    static Map<String, Set<String>> in(String text) {
        Map<String, Set<String>> series = new HashMap<>();
        Matcher m = NUMBERED.matcher(text);
        while (m.find()) {
            List<String> words = List.of(m.group(1).split(" "));
            String last = words.getLast();
            // "In Super Bowl 57": a closed-class word opens a sentence, not the series' name.
            int first = 0;
            while (first < words.size() - 1 && Words.isClosedClass(words.get(first))) {
                first++;
            }
            if (!m.group(2).isEmpty()
                    && !NOT_SERIES.contains(last)
                    && Months.named(last).isEmpty()) {
                series.computeIfAbsent(
                                String.join(" ", words.subList(first, words.size()))
                                        .toLowerCase(Locale.ROOT),
                                s -> new HashSet<>())
                        .add(inDigits(m.group(2)));
            }
        }
        return series;
    }

    /**
     * The numbers {@code named} (by {@link #in}) gives the series {@code name}: under any name whose last two words (or
     * last word, for a name of one) are its own, so that "Super Bowl", "Chiefs Super Bowl" and "Mahomes Super Bowl" name
     * one series and "Kelce Bowl" another; {@code null} when it names none.
     */
    private static Set<String> numbersOf(Map<String, Set<String>> named, String name) {
        Set<String> numbers = null;
        for (Map.Entry<String, Set<String>> entry : named.entrySet()) {
            if (sameSeries(entry.getKey(), name)) {
                if (numbers == null) {
                    numbers = new HashSet<>();
                }
                numbers.addAll(entry.getValue());
            }
        }
        return numbers;
    }

    private static boolean sameSeries(String a, String b) {
        List<String> x = List.of(a.split(" "));
        List<String> y = List.of(b.split(" "));
        int shared = Math.min(SERIES_NAME_WORDS, Math.min(x.size(), y.size()));
        return x.subList(x.size() - shared, x.size()).equals(y.subList(y.size() - shared, y.size()));
    }

    /**
     * Whether {@code text}, a passage and its title, tells of one other of a series the question asks about
     * ({@code asked}, by {@link #in}): it never names the asked one, and {@code told}, the lines of it that tell its
     * story, name that series by one other number ("Super Bowl 57" all through a story, for a question about Super Bowl
     * LVIII). A story that names several others may be looking back from the asked one, and a teaser between its
     * paragraphs ("Latest Super Bowl 58 news") makes it about no other.
     */
    static boolean aboutAnother(Map<String, Set<String>> asked, String text, String told) {
        Map<String, Set<String>> named = in(text);
        Map<String, Set<String>> namedInStory = in(told);
        return asked.entrySet().stream().anyMatch(series -> {
            Set<String> all = numbersOf(named, series.getKey());
            Set<String> others = numbersOf(namedInStory, series.getKey());
            return all != null
                    && all.stream().noneMatch(series.getValue()::contains)
                    && others != null
                    && others.size() == 1;
        });
    }

    /** A number in digits as it is, a Roman numeral in digits: "LVIII" → "58". */
    private static String inDigits(String number) {
        if (Character.isDigit(number.charAt(0))) {
            return number;
        }
        int value = 0;
        int at = 0;
        for (Map.Entry<String, Integer> numeral : ROMAN) {
            while (number.startsWith(numeral.getKey(), at)) {
                value += numeral.getValue();
                at += numeral.getKey().length();
            }
        }
        return Integer.toString(value);
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
            Set<String> numbers = numbersOf(named, series.getKey());
            return numbers != null && numbers.stream().noneMatch(series.getValue()::contains);
        });
    }
}
