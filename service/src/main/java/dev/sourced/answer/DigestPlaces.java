package dev.sourced.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The place a brief of a news digest opens with: under a US state's heading, a paragraph of its own, an item names its
 * town before a colon ("Maine" / "Wells: More than $4.3 million in federal funds…"). The town is where the brief's
 * news happened, though no word marks it as a place. A label ("Postseason:", "UPDATE:") or a person ("Coach Kirby
 * Smart:") before a colon is read as no town, and so is any opener without a state's heading right above it (a
 * second brief under one heading is missed).
 */
final class DigestPlaces {
    /** A name of up to four words, then a colon, at the sentence's start. */
    private static final Pattern OPENER = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3}:\\s");

    private DigestPlaces() {}

    /** Whether {@code sentence} opens as a digest's brief does, with a name and a colon: its heading may be above. */
    static boolean mayOpenBrief(String sentence) {
        return OPENER.matcher(sentence).lookingAt();
    }

    /**
     * Whether {@code span} is the place that opens {@code sentence}, a digest's brief, under {@code heading}, the
     * paragraph above it, which is a US state's name alone.
     */
    static boolean opensBrief(String heading, String sentence, Phrase span) {
        return span.start() == 0
                && mayOpenBrief(sentence)
                && sentence.startsWith(":", span.end())
                && isHeading(heading)
                // "UPDATE:", "IDF:", "Coach Kirby Smart:": a label, a body or a person, no town.
                && !span.text().equals(span.text().toUpperCase(Locale.ROOT))
                && !NameKind.isTitle(Words.of(span.text()).getFirst().text());
    }

    /** Whether {@code paragraph} is a digest's heading: a US state's name alone. */
    static boolean isHeading(String paragraph) {
        return Territories.isState(paragraph.strip());
    }
}
