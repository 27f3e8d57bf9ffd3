package dev.sourced.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What "how long", "how far", "how deep" ask to be measured in: a length or a span of time. A number answers only
 * with a unit of that dimension after it ("five years", "7,000 feet", "10 to 14 days"): "2012" does not say for how
 * long, nor does "6.4" how deep a quake struck, nor "three years ago", which says when.
 */
enum Dimension {
    LENGTH,
    /** "How long": a length or a span of time. */
    LENGTH_OR_TIME;

    private static final Pattern ASKS_LENGTH = Pattern.compile("(?i)\\bhow (?:far|deep|tall|wide)\\b");
    private static final Pattern ASKS_LENGTH_OR_TIME = Pattern.compile("(?i)\\bhow long\\b(?!\\s+ago\\b)");
    /** The units of a length, as a regular expression's alternatives; {@link CountedThings} reads them too. */
    static final String LENGTH_UNITS =
            "miles?|feet|foot|ft|yards?|meters?|metres?|kilometers?|kilometres?|km|inches|inch|centimeters?|cm";

    private static final String TIME_UNITS = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries";
    /** After the number: a range's other end ("to 14", "-14"), a scale, then the unit ("10 to 14 days"). */
    private static final String AFTER_NUMBER = "^(?:\\s*(?:to|-|–|or)\\s*[\\d,.]+)?(?:-|\\s+)(?:more\\s+)?";

    private static final Pattern LENGTH_AFTER = Pattern.compile("(?i)" + AFTER_NUMBER + "(?:" + LENGTH_UNITS + ")\\b");
    private static final Pattern LENGTH_OR_TIME_AFTER =
            Pattern.compile("(?i)" + AFTER_NUMBER + "(?:" + LENGTH_UNITS + "|" + TIME_UNITS + ")\\b");
    /** "Ago" after a span of time: "three years ago" is when, not for how long. */
    private static final Pattern AGO = Pattern.compile("(?i)\\s+ago\\b");
    /** A length unit the number's own phrase already holds ("7,000 feet"). */
    private static final Pattern LENGTH_IN_PHRASE = Pattern.compile("(?i)\\b(?:" + LENGTH_UNITS + ")$");

    /** The dimension {@code question} asks a number in, or empty ("how many" counts, "how old" is an age). */
    static Optional<Dimension> askedBy(String question) {
        if (ASKS_LENGTH_OR_TIME.matcher(question).find()) {
            return Optional.of(LENGTH_OR_TIME);
        }
        return ASKS_LENGTH.matcher(question).find() ? Optional.of(LENGTH) : Optional.empty();
    }

    /**
     * The number {@code span} of {@code sentence} with the unit of this dimension written after it ("five" of "five
     * years": "five years"; "10" of "10 to 14 days": "10 to 14 days"), itself when its phrase holds one ("7,000 feet"),
     * or empty when it has none.
     */
    Optional<Phrase> measured(String sentence, Phrase span) {
        if (LENGTH_IN_PHRASE.matcher(span.text()).find()) {
            return Optional.of(span);
        }
        String after = sentence.substring(span.end());
        Matcher unit = (this == LENGTH ? LENGTH_AFTER : LENGTH_OR_TIME_AFTER).matcher(after);
        if (!unit.find() || AGO.matcher(after.substring(unit.end())).lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(Phrase.of(sentence, span.start(), span.end() + unit.end()));
    }
}
