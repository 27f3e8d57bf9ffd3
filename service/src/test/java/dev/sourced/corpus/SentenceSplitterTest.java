package dev.sourced.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, 0, text.length()).stream()
                .map(s -> s.of(text))
                .toList();
    }

    @Test
    void titlesAndMonthAbbreviationsDoNotEndASentence() {
        assertEquals(
                List.of("Mr. Smith met Dr. Jones on Feb. 24, 2022, in Kyiv.", "They talked."),
                sentences("Mr. Smith met Dr. Jones on Feb. 24, 2022, in Kyiv. They talked."));
    }

    @Test
    void dottedAcronymsBeforeANameStayInTheSentence() {
        assertEquals(
                List.of(
                        "The U.S. President spoke with U.N. Secretary General Guterres.",
                        "The talks ended in the U.S.",
                        "The delegates left."),
                sentences("The U.S. President spoke with U.N. Secretary General Guterres. The talks ended in the U.S. "
                        + "The delegates left."));
    }

    @Test
    void initialsDoNotSplitAName() {
        assertEquals(
                List.of("The novel by J. K. Rowling sold well.", "It was reprinted."),
                sentences("The novel by J. K. Rowling sold well. It was reprinted."));
    }

    @Test
    void quotedSentencesEndAfterTheClosingQuote() {
        assertEquals(
                List.of("Hua said, \"We hope the region can maintain peace.\"", "Then she left."),
                sentences("Hua said, \"We hope the region can maintain peace.\" Then she left."));
    }

    @Test
    void spansPointAtTheExactTextWithinARange() {
        String text = "Intro. First one here. Second one here. Outro.";
        int from = text.indexOf("First");
        int to = text.indexOf(" Outro");
        List<Span> spans = splitter.split(text, from, to);
        assertEquals(
                List.of("First one here.", "Second one here."),
                spans.stream().map(s -> s.of(text)).toList());
    }
}
