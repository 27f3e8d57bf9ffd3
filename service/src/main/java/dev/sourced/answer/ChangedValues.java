package dev.sourced.answer;

import java.util.regex.Pattern;

/**
 * Values a sentence reports as changing: "will likely climb from $5,000 to $5 million", "rose from 3% to 4.1%". The
 * value it started from is what the measure was; a question asks what it is or will be, unless it asks what it was
 * before.
 */
final class ChangedValues {
    /** "From" right before a value, after the words of a change or none. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+(?:about\\s+|nearly\\s+|roughly\\s+)?$");
    /**
     * "To" and the value the change ends at, right after a value, maybe after its unit ("40 cents") and the year or the
     * time it held then ("55.7% in 2015").
     */
    private static final Pattern TO_AFTER = Pattern.compile(
            "(?i)^(?:\\s+(?!(?:in|on|at|to)\\b)\\p{Ll}+)?(?:\\s+(?:in|on|at)\\s+[\\w.]+(?:\\s+\\d{4})?)?,?\\s+to\\s+(?:about\\s+|nearly\\s+|roughly\\s+|a\\s+[\\w-]+\\s+)?"
                    + "[$€£¥]?\\d");
    /** The question asks what a value was before a change: "from what", "previously", "the old price". */
    private static final Pattern ASKS_EARLIER = Pattern.compile(
            "(?i)\\b(?:from what|from how (?:much|many)|previous(?:ly)?|before|used to|original(?:ly)?|initial(?:ly)?|"
                    + "old|prior|formerly|at first|had been)\\b");

    private ChangedValues() {}

    /** Whether {@code question} asks for the value before a change. */
    static boolean asksEarlierValue(String question) {
        return ASKS_EARLIER.matcher(question).find();
    }

    /**
     * Whether {@code span}, a value of {@code sentence}, is the one a change started from, the sentence giving the one
     * it ended at: "$5,000" of "will climb from $5,000 to $5 million".
     */
    static boolean startsAChange(String sentence, Phrase span) {
        return FROM_BEFORE.matcher(sentence.substring(0, span.start())).find()
                && TO_AFTER.matcher(sentence.substring(span.end())).find();
    }
}
