package dev.sourced.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a sentence reports as changing: "will likely climb from $5,000 to $5 million", "rose from 3% to 4.1%". The
 * value it started from is what the measure was; a question asks what it is or will be after the change, unless it
 * asks what it was before, what it is now (a change to come: "would raise the minimum wage from $7.25 to $15"), or
 * names the time the value held ("from 55.7% in 2015 to 71.6% last year" for 2015).
 */
final class ChangedValues {
    /** A verb of change, then "from", right before a value: "climb from", "rose sharply from about". */
    private static final Pattern CHANGE_FROM =
            Pattern.compile("(?i)\\b(?:ris(?:e|es|ing)|rose|risen|f[ae]ll(?:s|ing|en)?|"
                    + "climb\\w*|gr[eo]w(?:s|ing|n)?|jump\\w*|increas\\w*|decreas\\w*|drop\\w*|declin\\w*|soar\\w*|surg\\w*|"
                    + "plung\\w*|slipp?\\w*|rais\\w*|cut(?:s|ting)?|lower\\w*|boost\\w*|doubl\\w*|tripl\\w*|went|go(?:es|ing|ne)?|"
                    + "mov\\w*|shift\\w*|swell\\w*|swollen|shr[aiu]nk\\w*|expand\\w*|widen\\w*|narrow\\w*|improv\\w*|"
                    + "worsen\\w*|dipp?\\w*|spik\\w*|balloon\\w*|tumbl\\w*|sank|sink\\w*|chang\\w*)"
                    + "(?:\\s+\\w+ly)?\\s+from\\s+(?:about\\s+|nearly\\s+|roughly\\s+|around\\s+)?$");
    /** How far before a value its verb of change and "from" may stand: "climbed sharply from about ". */
    private static final int CHANGE_FROM_CHARS = 50;
    /**
     * "To" and the value the change ends at, right after a value, maybe after its unit ("40 cents") and the time it
     * held then ("55.7% in 2015"), captured.
     */
    private static final Pattern TO_AFTER = Pattern.compile("(?:\\s+(?!(?:in|on|at|to)\\b)(?-i:\\p{Ll}+))?"
            + "(?:\\s+(?i:in|on|at|during)\\s+([\\w.]+(?:\\s+\\d{4})?))?,?\\s+(?i:to)\\s+"
            + "(?:(?i:about|nearly|roughly|around)\\s+|a\\s+[\\w-]+\\s+)?[$€£¥]?\\d");
    /**
     * The question asks what a value was before a change, or what it is now: "from what", "previously", "the old
     * price", "currently"; not "how old", which asks an age.
     */
    private static final Pattern ASKS_EARLIER = Pattern.compile(
            "(?i)\\b(?:from what|from how (?:much|many)|previous(?:ly)?|before|used to|original(?:ly)?|initial(?:ly)?|"
                    + "(?<!\\bhow\\s{1,3}|\\byears?\\s{1,3}|-)old|prior|formerly|at first|had been|current(?:ly)?|now|today|at present|presently)\\b");

    private ChangedValues() {}

    /** Whether {@code question} asks for the value before a change, or for what it is now. */
    static boolean asksEarlierValue(String question) {
        return ASKS_EARLIER.matcher(question).find();
    }

    /**
     * Whether {@code span}, a value of {@code sentence}, is the one a change started from, the sentence giving the one
     * it ended at, and {@code asking} names no time written with it: "$5,000" of "will climb from $5,000 to $5
     * million"; not "$25" of "tickets range from $25 to $150", which changes nothing.
     */
    static boolean startsAChange(String sentence, Phrase span, String asking) {
        if (!Words.endsBefore(CHANGE_FROM, sentence, span.start(), CHANGE_FROM_CHARS)) {
            return false;
        }
        Matcher to = TO_AFTER.matcher(sentence).region(span.end(), sentence.length());
        if (!to.lookingAt()) {
            return false;
        }
        String held = to.group(1);
        if (held == null) {
            return true;
        }
        List<Phrase> askingWords = Words.of(asking);
        return Words.of(held).stream()
                .noneMatch(w -> askingWords.stream().anyMatch(a -> Words.sameWord(a.text(), w.text())));
    }
}
