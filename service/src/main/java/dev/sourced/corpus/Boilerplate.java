package dev.sourced.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells which paragraphs and sentences of a news article are not answer material: "Related coverage:" link lists,
 * machine-translation disclaimers, agency credit lines, sub-headings and picture credits. A quoted headline or a
 * credit would otherwise be cited as if it were reporting.
 */
public final class Boilerplate {
    private static final Pattern LINK_LIST_HEADER = Pattern.compile(
            "(?i)^(related( coverage| stories| articles| news)?|read (more|also)|also read|see also|more on this"
                    + "( story)?|recommended|trending)\\s*:?$");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?i).*(automatically generated|machine[- ]translat|inaccuracies in translat|all rights reserved"
                    + "|click here|subscribe to our|sign up for our newsletter).*");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^\\(?\\s*(with inputs? from|reporting by|editing by|writing by|additional reporting|photo:|"
                    + "image:|source:).*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_SENTENCE_WORDS = 3;
    private static final int MAX_HEADING_WORDS = 16;

    private Boilerplate() {}

    /** The paragraphs that carry reporting, in order; link lists, disclaimers, credits and headings are left out. */
    public static List<Span> contentParagraphs(String text, List<Span> paragraphs) {
        List<Span> content = new ArrayList<>();
        boolean inLinkList = false;
        for (Span paragraph : paragraphs) {
            String p = paragraph.of(text).strip();
            if (LINK_LIST_HEADER.matcher(p).matches()) {
                inLinkList = true;
                continue;
            }
            boolean heading = isHeading(p);
            if (inLinkList && heading) {
                continue;
            }
            inLinkList = false;
            if (!heading
                    && !DISCLAIMER.matcher(p).matches()
                    && !CREDIT.matcher(p).matches()) {
                content.add(paragraph);
            }
        }
        return content;
    }

    /** A sentence too short to say anything on its own, such as a "(Kyodo) ==Kyodo" picture credit. */
    public static boolean isFragment(String sentence) {
        return WORD.matcher(sentence).results().count() < MIN_SENTENCE_WORDS;
    }

    private static boolean isHeading(String paragraph) {
        char last = paragraph.charAt(paragraph.length() - 1);
        boolean endsSentence = ".!?\"”'’)".indexOf(last) >= 0;
        return !endsSentence && WORD.matcher(paragraph).results().count() <= MAX_HEADING_WORDS;
    }
}
