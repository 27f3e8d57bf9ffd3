package dev.sourced.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a typed answer phrase states, read so that two wordings of one value agree: "64" and "sixty-four", "$2
 * billion" and "$2,000,000,000", "Feb. 24" and "February 24, 2022", "84-82" and "82-84", "Humphries" and "Luke
 * Humphries". Sources that give values that do not agree disagree.
 *
 * @param numbers the numbers stated, in order (a count, an amount, a percentage, the two sides of a score)
 * @param date the month, day and year of a date (0 where not stated), or {@code null} for no date
 * @param words the base forms of a name's words other than closed-class ones
 */
record AnswerValue(AnswerType type, List<BigDecimal> numbers, List<Integer> date, List<String> words) {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    /** A number in digits (with its thousands' commas, or two joined by a dash) or a word. */
    private static final Pattern TOKEN = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?(?:[-–]\\d+)?|\\p{L}+(?:-\\p{L}+)*");

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Long> SCALES = Map.ofEntries(
            Map.entry("dozen", 12L),
            Map.entry("hundred", 100L),
            Map.entry("thousand", 1_000L),
            Map.entry("million", 1_000_000L),
            Map.entry("billion", 1_000_000_000L),
            Map.entry("trillion", 1_000_000_000_000L),
            Map.entry("k", 1_000L),
            Map.entry("m", 1_000_000L),
            Map.entry("bn", 1_000_000_000L),
            Map.entry("b", 1_000_000_000L));

    static AnswerValue of(AnswerType type, String phrase) {
        return switch (type) {
            case COUNT, AMOUNT, PERCENT, SCORE -> new AnswerValue(type, numbers(phrase), null, List.of());
            case DATE -> new AnswerValue(type, List.of(), date(phrase), words(phrase));
            default -> new AnswerValue(type, List.of(), null, words(phrase));
        };
    }

    /**
     * Whether this value and {@code other} can be the same fact: equal numbers (a score in either order), dates equal
     * in every part both state, names one of whose words all stand in the other ("Humphries", "Luke Humphries").
     */
    boolean agreesWith(AnswerValue other) {
        return switch (type) {
            case COUNT, AMOUNT, PERCENT -> numbers.equals(other.numbers);
            case SCORE -> new HashSet<>(numbers).equals(new HashSet<>(other.numbers));
            case DATE -> date != null && other.date != null ? sameDate(date, other.date) : words.equals(other.words);
            default -> contained(words, other.words) || contained(other.words, words);
        };
    }

    private static boolean sameDate(List<Integer> a, List<Integer> b) {
        boolean shared = false;
        for (int i = 0; i < 3; i++) {
            if (a.get(i) != 0 && b.get(i) != 0) {
                if (!a.get(i).equals(b.get(i))) {
                    return false;
                }
                shared = true;
            }
        }
        return shared;
    }

    private static boolean contained(List<String> part, List<String> whole) {
        return !part.isEmpty() && new HashSet<>(whole).containsAll(part);
    }

    /** The numbers of {@code phrase}, written in digits or words, each times the scale word after it. */
    static List<BigDecimal> numbers(String phrase) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher tokens = TOKEN.matcher(phrase.toLowerCase(Locale.ROOT));
        List<String> spelled = new ArrayList<>();
        while (tokens.find()) {
            String word = tokens.group();
            boolean spelling = spelledValue(word) != null || SCALES.containsKey(word) && !spelled.isEmpty();
            if (spelling) {
                spelled.add(word);
                continue;
            }
            if (!spelled.isEmpty()) {
                numbers.add(spelledNumber(spelled));
                spelled.clear();
            }
            if (Character.isDigit(word.charAt(0)) && word.matches(".*\\d[-–]\\d.*")) {
                // "84-82": both sides of a score.
                for (String side : word.split("[-–]")) {
                    numbers.add(new BigDecimal(side.replace(",", "")));
                }
            } else if (NUMBER.matcher(word).matches()) {
                numbers.add(new BigDecimal(word.replace(",", "")));
            } else if (SCALES.containsKey(word) && !numbers.isEmpty()) {
                numbers.set(numbers.size() - 1, numbers.getLast().multiply(BigDecimal.valueOf(SCALES.get(word))));
            }
        }
        if (!spelled.isEmpty()) {
            numbers.add(spelledNumber(spelled));
        }
        return numbers.stream().map(BigDecimal::stripTrailingZeros).toList();
    }

    /** "four thousand eight hundred" is 4800: a hundred multiplies what precedes it, a larger scale closes a group. */
    private static BigDecimal spelledNumber(List<String> words) {
        long total = 0;
        long group = 0;
        for (String word : words) {
            Long scale = SCALES.get(word);
            if (scale == null) {
                group += spelledValue(word);
            } else if (scale == 100) {
                group = Math.max(group, 1) * 100;
            } else {
                total += Math.max(group, 1) * scale;
                group = 0;
            }
        }
        return BigDecimal.valueOf(total + group);
    }

    /** "sixty-four" is 64; {@code null} for a word that is no number. */
    private static Integer spelledValue(String word) {
        int total = 0;
        for (String part : word.split("-")) {
            Integer unit = UNITS.get(part);
            if (unit == null) {
                return null;
            }
            total += unit;
        }
        return total;
    }

    /** Month, day and year of a date phrase, 0 where it does not say; {@code null} when it says none. */
    private static List<Integer> date(String phrase) {
        // A time of day is compared by its words: "5 a.m." is not "5 p.m.", and neither is a month's fifth.
        if (!AnswerType.clockTimesIn(phrase).isEmpty()) {
            return null;
        }
        int month = 0;
        int day = 0;
        int year = 0;
        for (Phrase w : Words.of(Months.writtenInFull(phrase))) {
            String word = w.text().replaceAll("(?i)(?<=\\d)(st|nd|rd|th)$", "");
            int named = Months.named(word).map(m -> Months.FULL.indexOf(m) + 1).orElse(0);
            if (named > 0) {
                month = named;
            } else if (Years.is(word)) {
                year = Integer.parseInt(word);
            } else if (word.matches("\\d{1,2}")) {
                day = Integer.parseInt(word);
            }
        }
        return month == 0 && day == 0 && year == 0 ? null : List.of(month, day, year);
    }

    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (Phrase w : Words.of(phrase)) {
            if (!Words.isClosedClass(w.text())) {
                words.add(Words.base(w.text()).replace(".", ""));
            }
        }
        return words;
    }
}
