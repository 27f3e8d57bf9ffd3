package dev.sourced.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourced.answer.Citation;
import dev.sourced.corpus.Provenance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cited story published by several outlets says so on its line. */
class CitationLineTest {
    @Test
    void theOtherOutletsAreCountedAndNamed() {
        Citation citation = new Citation(
                1, "wire-1", "Terminal costs", "wire-1#0", "The terminal cost 42 million euros.", 0, 35, 1.0);
        assertEquals(
                "[1] Terminal costs — \"The terminal cost 42 million euros.\"",
                SlackReplyFormat.citationLine(citation));
        assertEquals(
                "[1] Terminal costs — \"The terminal cost 42 million euros.\" (also published by 2 other sources: cnn-1,"
                        + " usatoday-1)",
                SlackReplyFormat.citationLine(citation.alsoPublishedBy(List.of("cnn-1", "usatoday-1"))));
        assertEquals(
                "[1] Terminal costs — \"The terminal cost 42 million euros.\" (also published by 1 other source: cnn-1)",
                SlackReplyFormat.citationLine(citation.alsoPublishedBy(List.of("cnn-1"))));
    }

    @Test
    void theTitleLinksToThePassageInTheReaderOnlyWhenTheLinkIsAbsolute() {
        Citation citation = new Citation(
                1, "wire-1", "Terminal costs", "wire-1#0", "The terminal cost 42 million euros.", 0, 35, 1.0);
        assertEquals(
                "[1] <https://sourced.example.org/articles/wire-1?hl=0-35#passage|Terminal costs> — \"The terminal cost 42"
                        + " million euros.\"",
                SlackReplyFormat.citationLine(
                        citation.withUrl("https://sourced.example.org/articles/wire-1?hl=0-35#passage")));
        assertEquals(
                "[1] Terminal costs — \"The terminal cost 42 million euros.\"",
                SlackReplyFormat.citationLine(citation.withUrl("/articles/wire-1?hl=0-35#passage")),
                "Slack cannot follow a relative link");
    }

    @Test
    void theOutletAndDateComeBeforeTheQuoteAndTheOtherOutletsAfterIt() {
        Citation citation = new Citation(
                        1, "wire-1", "Terminal costs", "wire-1#0", "The terminal cost 42 million euros.", 0, 35, 1.0)
                .withArticle(LocalDate.of(2024, 6, 3), new Provenance("Wire", "https://example.com/w", null))
                .alsoPublishedBy(List.of("cnn-1"));
        assertEquals(
                "[1] Terminal costs (<https://example.com/w|Wire>, 3 June 2024) — \"The terminal cost 42 million euros.\""
                        + " (also published by 1 other source: cnn-1)",
                SlackReplyFormat.citationLine(citation));
        assertEquals(
                citation,
                citation.withArticle(citation.published(), new Provenance("Wire", "https://example.com/w", null)));
    }
}
