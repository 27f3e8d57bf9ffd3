package dev.sourced.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, each as its value, however news writes it: "28" of "Oct. 28th", "1000" of "1,000", "5"
 * of "fifth" and of "5th", "16" of "16-year-old", "52" of "52%", "3.45" of "$3.45 billion". A question that states a
 * number ("his fifth interception", "after the Oct. 28 show", "injured at least 21") is about the event with that
 * number, and evidence that states none of that value is about another one.
 */
final class StatedNumbers {
    /** Digits, with thousands' commas and a decimal part, an ordinal ending left after them: "1,000", "3.45", "28th". */
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?!\\d)");

    private static final Pattern WORD = Pattern.compile("\\b\\p{L}+\\b");
    /** Numbers written out that name a scale: "Trillion Stock Club", "Million Dollar Quartet". */
    private static final Set<String> LARGE_NUMBERS = Set.of("hundred", "thousand", "million", "billion", "trillion");
    /** The ending of a rank written in digits ("13th", "2nd"), or a share's sign ("52%", "52 percent"). */
    private static final Pattern RANK_OR_SHARE_AFTER = Pattern.compile("(?i)(?:st|nd|rd|th)\\b|\\s?(?:%|percent\\b)");
    /** A capitalised word joined to the number after it, of which the number is part: "Shenzhou-14", "Boeing 737". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}]*)[- ]$");
    /**
     * A side met in a game, before the score that follows its name: "beating Delaware State 35-9", "a win over the
     * Texans 34-10", "lost to the Chiefs 23-20". The score's first number stands after a capitalised word but is no
     * part of the name.
     */
    private static final Pattern BEATEN_SIDE_BEFORE = Pattern.compile("(?i)\\b(?:" + Victory.DEFEAT
            + "|beating|defeating|topping|edging|routing|upsetting|over|against|vs\\.?|versus|lost to|losing to|fell to)"
            + "\\s+(?:the\\s+)?(?-i:[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.&-]*\\s+)+$");
    /** The rest of a game's score after its first number: "-9" of "35-9". */
    private static final Pattern SCORE_REST = Pattern.compile("[-–](\\d{1,3})(?![\\d-])");

    /** A game's points are written in three digits at most; a longer number is a model's or a count. */
    private static final int MAX_SCORE_DIGITS = 3;
    /** A month's name, written in full or short, then a day: "Jan. 6", "October 28th", "Sept. 1". */
    private static final Pattern DAY_AFTER_MONTH = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
    /** Nothing, or a sentence's end, before a word: the word opens a sentence. */
    private static final Pattern OPENS_SENTENCE = Pattern.compile("(?:^|[.!?][\"”’)]?)\\s*$");

    /** The words around an ordinal that make it a fraction: "a fifth of", "one third of". */
    private static final Pattern FRACTION_BEFORE = Pattern.compile("(?i)\\b(?:a|one)[ -]$");

    private static final Pattern FRACTION_AFTER = Pattern.compile("^ of\\b");

    private static final int FRACTION_REACH_CHARS = 4;

    /**
     * What makes "first" or "second" open a title or a fixed noun rather than rank: "the first lady", "the second
     * gentleman", "first responders", "first aid" ("a second aid package", "their second daughter" and "the first aid
     * package" rank).
     */
    private static final Pattern TITLE_AFTER_FIRST = Pattern.compile(
            "(?i)[\\s-]+(?:lady|ladies|gentleman|daughter|son|responders?|aid\\b(?![\\s-]+(?:package|convoy|shipment))"
                    + "|family\\b(?![\\s-]+members?))\\b");

    /**
     * An indefinite article before "first": "a first dose", "a first look" are an initial one of them, any of them,
     * where "a second term" and "a third straight title" count.
     */
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?i)\\ban?\\s+$");

    /** Words that make "first" before a participle a rank: "its first recorded case", "the nation's very first". */
    private static final Set<String> DETERMINERS = Set.of(
            "its", "his", "her", "their", "our", "my", "your", "whose", "this", "that", "these", "those", "each",
            "every", "very");
    /** An auxiliary and a subject of up to three words right before "first": "did it", "has the team". */
    private static final Pattern AUXILIARY_BEFORE =
            Pattern.compile("(?i)\\b(?:did|does|do|has|have|had|was|were|is|are|will)(?:\\s+[\\w'’.-]+){1,3}\\s+$");

    private static final Pattern TITLE_AFTER_SECOND = Pattern.compile("(?i)[\\s-]+(?:lady|gentleman)\\b");

    /**
     * Words for the first of a kind that write no ordinal: "the inaugural award" is its first. Read in the evidence
     * only: a question's "inaugural address" or "maiden name" asks for no first.
     */
    private static final Set<String> FIRST_OF_ITS_KIND = Set.of("inaugural", "maiden");

    private static final List<String> ORDINALS = List.of(
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth");

    private StatedNumbers() {}

    /** Whether {@code word} is an ordinal or a number written out: "First", "twelfth", "Two", "Trillion". */
    static boolean isNumberWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ORDINALS.contains(lower) || Words.isNumberWord(lower) || LARGE_NUMBERS.contains(lower);
    }

    /** The values of the numbers {@code text} states, in order of first mention. */
    static Set<String> in(String text) {
        return in(text, false);
    }

    /**
     * The values of the numbers a question states ({@link #in(String)}), where "a first dose" asks for an initial one,
     * any of them, not the first: a story writes "one dose" or "a first case" of what a question ranks elsewhere.
     */
    static Set<String> asked(String text) {
        return in(text, true);
    }

    private static Set<String> in(String text, boolean asked) {
        Set<String> values = new LinkedHashSet<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            String whole = digits.group(1).replace(",", "");
            String fraction = digits.group(2) == null ? "" : digits.group(2).replaceAll("\\.?0+$", "");
            values.add(whole.replaceFirst("^0+(?=\\d)", "") + fraction);
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            // Numbers written out from two ("one" is as often a pronoun: "one of them").
            int cardinal = Words.numberWordValue(word);
            int ordinal = ORDINALS.indexOf(word);
            if (cardinal > 0) {
                values.add(String.valueOf(cardinal));
            } else if (!asked && FIRST_OF_ITS_KIND.contains(word)) {
                values.add("1");
            } else if (ordinal >= 0 && isRank(text, words.start(), words.end(), asked)) {
                values.add(String.valueOf(ordinal + 1));
            }
        }
        return values;
    }

    /**
     * The values of the numbers of {@code text} that tell one event or thing from another of its kind: ranks ("the
     * fifth country", "his 13th nomination"), shares ("52% of people") and numbers written as part
     * of a name ("Shenzhou-14", "Boeing 737"). A measure ("at 16,000 feet", "nine years of rule", "turned
     * 35") is a detail a story about the same event need not repeat.
     */
    static Set<String> identifying(String text) {
        Set<String> values = new LinkedHashSet<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            boolean rank =
                    RANK_OR_SHARE_AFTER.matcher(text.substring(digits.end())).lookingAt();
            Matcher name = NAME_BEFORE.matcher(text.substring(0, digits.start()));
            // "Nearly 300 people": a capitalised word that opens a sentence may be any word.
            boolean named = name.find()
                    && !Words.isClosedClass(name.group(1))
                    && !OPENS_SENTENCE.matcher(text.substring(0, name.start())).find()
                    && !isScoreAfterBeatenSide(text, digits.start(), digits.end());
            if (rank || named) {
                values.addAll(in(digits.group()));
            }
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            int ordinal = ORDINALS.indexOf(words.group().toLowerCase(Locale.ROOT));
            if (ordinal >= 0 && isRank(text, words.start(), words.end(), true)) {
                values.add(String.valueOf(ordinal + 1));
            }
        }
        return values;
    }

    /**
     * The days {@code text} dates by a month ("6" of "On Jan. 6", "28" of "after the Oct. 28 show"): a date tells one
     * event from another, as a rank does.
     */
    static Set<String> days(String text) {
        Set<String> values = new LinkedHashSet<>();
        Matcher day = DAY_AFTER_MONTH.matcher(text);
        while (day.find()) {
            values.add(day.group(1).replaceFirst("^0", ""));
        }
        return values;
    }

    /**
     * Whether the number at {@code start}..{@code end} opens a game's score after the side met ("beating Delaware State
     * 35-9"): it tells the game's result, not which of a named series it is.
     */
    private static boolean isScoreAfterBeatenSide(String text, int start, int end) {
        Matcher rest = SCORE_REST.matcher(text).region(end, text.length());
        // News writes the winner's points first ("35-9"); "Boeing 737-800" is a model and its variant.
        String first = text.substring(start, end);
        return first.length() <= MAX_SCORE_DIGITS
                && first.chars().allMatch(Character::isDigit)
                && rest.lookingAt()
                && Integer.parseInt(first) >= Integer.parseInt(rest.group(1))
                && BEATEN_SIDE_BEFORE.matcher(text.substring(0, start)).find();
    }

    /**
     * Whether the ordinal at {@code start}..{@code end} ranks what it stands before ("a third term"), not a share ("a
     * fifth of their pay"), the start of a title ("the first lady") nor, where a question asks ({@code asked}), the
     * start of a name ("the First State"), an initial one ("a first dose") or "first" that says when ("first opened").
     */
    private static boolean isRank(String text, int start, int end, boolean asked) {
        String ordinal = text.substring(start, end).toLowerCase(Locale.ROOT);
        Pattern title =
                ordinal.equals("first") ? TITLE_AFTER_FIRST : ordinal.equals("second") ? TITLE_AFTER_SECOND : null;
        if (asked
                && ordinal.equals("first")
                && INDEFINITE_BEFORE.matcher(text).region(0, start).find()) {
            return false;
        }
        return !isFraction(text, start, end)
                && !(asked && opensName(text, start, end))
                && !(asked && firstBeforeVerb(text, start, end, ordinal))
                && (title == null
                        || !title.matcher(text).region(end, text.length()).lookingAt());
    }

    /**
     * Whether the ordinal at {@code start}..{@code end} is a capitalised name's first word ("the First State", "Second
     * Avenue"): in a question the name says which one, and is met as a name is. Evidence is read as written: a
     * headline's "First Quarter" still states the quarter.
     */
    private static boolean opensName(String text, int start, int end) {
        String next = Words.adjacentAfter(text, end);
        return Words.isCapitalised(text.substring(start, end))
                && next != null
                && Words.isCapitalised(next)
                && !Words.isClosedClass(next);
    }

    /**
     * Whether "first" at {@code start}..{@code end} says when, before a verb in the past: "The Store first opened in
     * 1917", "she was first elected in 1990", and after an auxiliary and its subject ("when did it first open"); "the
     * first elected mayor" and "its first recorded case" rank. Read in a question only, as a name's ordinal is: a
     * story's "first opened" states a first.
     */
    private static boolean firstBeforeVerb(String text, int start, int end, String ordinal) {
        String before = Words.adjacentBefore(text, start);
        if (!ordinal.equals("first")
                || before != null
                        && (Words.isArticle(before)
                                || Names.isPossessive(before)
                                || DETERMINERS.contains(before.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        // "When did it first open", "has she first won": an auxiliary and its subject before "first".
        String next = Words.adjacentAfter(text, end);
        return AUXILIARY_BEFORE.matcher(text).region(0, start).find() || next != null && Words.isPastTense(next);
    }

    private static boolean isFraction(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - FRACTION_REACH_CHARS), start);
        String after = text.substring(end, Math.min(text.length(), end + FRACTION_REACH_CHARS));
        return FRACTION_BEFORE.matcher(before).find()
                && FRACTION_AFTER.matcher(after).find();
    }
}
