package dev.sourced.answer;

import java.util.regex.Pattern;

/** A number written as someone's age, which alone answers a question asking how old someone is. */
final class Ages {
    /** "How old", "what age": the question asks an age. */
    private static final Pattern ASKS_AGE = Pattern.compile("(?i)\\bhow old\\b|\\b(?:what|which) age\\b");

    /** How news writes an age after the number: "32-year-old", "32 years old". */
    private static final Pattern AGE_AFTER = Pattern.compile("^[-\\s]years?[-\\s]old\\b");

    /** How news writes an age before the number: "aged 32", "at the age of 32", "age 32". */
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:aged|age|age of)\\s+$");

    /** An age between commas after a name: "Judith Sheindlin, 81, said". */
    private static final Pattern AGE_APPOSED = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*,\\s+$");

    /** Enough characters to hold the words an age is written after ("aged", "Sheindlin, 81"). */
    private static final int AGE_BEFORE_CHARS = 40;

    /**
     * Whether the number is written as someone's age: "a 16-year-old", "32 years old", "aged 32", "Judith Sheindlin, 81,
     * said"; "At least 12 people" is a count.
     */
    static boolean isAge(String sentence, Phrase span) {
        String after = sentence.substring(span.end());
        String before = sentence.substring(Math.max(0, span.start() - AGE_BEFORE_CHARS), span.start());
        return AGE_AFTER.matcher(after).find()
                || AGE_BEFORE.matcher(before).find()
                || AGE_APPOSED.matcher(before).find() && after.startsWith(",");
    }

    /** Whether the question asks how old someone is: "How old was…", "At what age…". */
    static boolean asked(String question) {
        return ASKS_AGE.matcher(question).find();
    }

    private Ages() {}
}
