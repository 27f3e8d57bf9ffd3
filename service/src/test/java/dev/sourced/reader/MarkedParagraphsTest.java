package dev.sourced.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourced.corpus.Span;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkedParagraphsTest {
    /** An article with a header line, three paragraphs and a line break inside the third. */
    private static final String TEXT = "# Title\n\nOne two.\n\n  Three four.  \n \nFive\nsix.\n";

    private static final int BODY = TEXT.indexOf("One");

    private static int at(String word) {
        return TEXT.indexOf(word);
    }

    private static int after(String word) {
        return TEXT.indexOf(word) + word.length();
    }

    /**
     * Each paragraph written as {@code <p>…</p>}, marks as {@code [..]} and the anchored mark as {@code [#..]}: the
     * page's structure without the template.
     */
    static Stream<Arguments> highlights() {
        return Stream.of(
                Arguments.of("none", List.of(), "<p>One two.</p><p>Three four.</p><p>Five\nsix.</p>"),
                Arguments.of(
                        "a word",
                        List.of(new Span(at("two"), after("two"))),
                        "<p>One [#two].</p><p>Three four.</p>" + "<p>Five\nsix.</p>"),
                Arguments.of(
                        "a whole paragraph",
                        List.of(new Span(at("Three"), after("four."))),
                        "<p>One two.</p><p>[#Three four.]</p><p>Five\nsix.</p>"),
                Arguments.of(
                        "across a paragraph break, one mark each side and none for the break",
                        List.of(new Span(at("two"), after("Three"))),
                        "<p>One [#two.]</p><p>[Three] four.</p><p>Five\nsix.</p>"),
                Arguments.of(
                        "across a line break inside a paragraph, one mark",
                        List.of(new Span(at("Five"), after("six"))),
                        "<p>One two.</p><p>Three four.</p><p>[#Five\nsix].</p>"),
                Arguments.of(
                        "two in one paragraph, the first anchored",
                        List.of(new Span(at("One"), after("One")), new Span(at("two"), after("two"))),
                        "<p>[#One] [two].</p><p>Three four.</p><p>Five\nsix.</p>"),
                Arguments.of(
                        "the anchor on the first mark shown, not on one that falls in the header",
                        List.of(new Span(0, after("Title")), new Span(at("four"), after("four"))),
                        "<p>One two.</p><p>Three [#four].</p><p>Five\nsix.</p>"),
                Arguments.of(
                        "from the header into the body, marked from where the body starts",
                        List.of(new Span(3, after("One"))),
                        "<p>[#One] two.</p><p>Three four.</p><p>Five\nsix.</p>"),
                Arguments.of(
                        "only the blank lines between paragraphs, nothing to mark",
                        List.of(new Span(after("two."), at("Three"))),
                        "<p>One two.</p><p>Three four.</p><p>Five\nsix.</p>"),
                Arguments.of(
                        "the whole text",
                        List.of(new Span(0, TEXT.length())),
                        "<p>[#One two.]</p><p>[Three four.]</p><p>[Five\nsix.]</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("highlights")
    void marksEachHighlightInEveryParagraphItTouches(String name, List<Span> highlights, String expected) {
        assertEquals(expected, written(MarkedParagraphs.of(TEXT, BODY, highlights)));
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("one line", "Alpha.", "<p>Alpha.</p>"),
                Arguments.of(
                        "Windows line ends",
                        "Alpha.\r\n\r\nBeta.\r\nGamma.\r\n",
                        "<p>Alpha.</p><p>Beta.\r\nGamma.</p>"),
                Arguments.of("a line of spaces is blank", "Alpha.\n   \t\nBeta.", "<p>Alpha.</p><p>Beta.</p>"),
                Arguments.of("many blank lines are one break", "Alpha.\n\n\n\nBeta.", "<p>Alpha.</p><p>Beta.</p>"),
                Arguments.of("leading and trailing blank lines", "\n\n Alpha. \n\n", "<p>Alpha.</p>"),
                Arguments.of("only blanks", " \n \n", ""),
                Arguments.of("empty", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void paragraphsAreTheRunsOfLinesBetweenBlankLines(String name, String text, String expected) {
        assertEquals(expected, written(MarkedParagraphs.of(text, 0, List.of())));
    }

    private static String written(List<MarkedParagraphs.Paragraph> paragraphs) {
        return paragraphs.stream()
                .map(p -> p.segments().stream()
                        .map(s -> s.marked() ? "[" + (s.anchor() ? "#" : "") + s.text() + "]" : s.text())
                        .collect(Collectors.joining("", "<p>", "</p>")))
                .collect(Collectors.joining());
    }
}
