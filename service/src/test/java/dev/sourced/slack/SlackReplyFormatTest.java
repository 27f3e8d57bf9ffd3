package dev.sourced.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.LayoutBlock;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Citation;
import dev.sourced.corpus.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlackReplyFormatTest {
    private static final Citation BARE =
            new Citation(1, "mill", "Tide mill", "mill#0", "Mart Saar restored it.", 0, 22, 1);
    private static final String READER = "https://sourced.example.org/articles/mill?hl=0-22#passage";

    private static Citation titled(String title) {
        return new Citation(1, "mill", title, "mill#0", "Mart Saar restored it.", 0, 22, 1);
    }

    static Stream<Arguments> lines() {
        LocalDate june3 = LocalDate.of(2024, 6, 3);
        return Stream.of(
                Arguments.of(BARE, "[1] Tide mill — \"Mart Saar restored it.\""),
                Arguments.of(titled(null), "[1] mill — \"Mart Saar restored it.\""),
                Arguments.of(titled(" \n"), "[1] mill — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, Provenance.NONE),
                        "[1] Tide mill (3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, new Provenance("Pärnu <Post> & Co", null, "Kadri Lepp")),
                        "[1] Tide mill (Pärnu &lt;Post&gt; &amp; Co, 3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(null, new Provenance("Pärnu Postimees", "https://example.com/m?a=1", null)),
                        "[1] Tide mill (<https://example.com/m?a=1|Pärnu Postimees>) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, new Provenance(null, "https://example.com/m", null)),
                        "[1] Tide mill (<https://example.com/m|original>, 3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(null, new Provenance("Post | Daily", "https://example.com/m", null)),
                        "[1] Tide mill (<https://example.com/m|Post ¦ Daily>) — \"Mart Saar restored it.\""),
                // Unlinked, a '|' means nothing to Slack and stays.
                Arguments.of(
                        titled("Mills <b> & | tides"),
                        "[1] Mills &lt;b&gt; &amp; | tides — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withUrl(READER).withArticle(june3, Provenance.NONE),
                        "[1] <" + READER + "|Tide mill> (3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        titled("Mills <b> & | tides").withUrl(READER),
                        "[1] <" + READER + "|Mills &lt;b&gt; &amp; ¦ tides> — \"Mart Saar restored it.\""),
                Arguments.of(titled(null).withUrl(READER), "[1] <" + READER + "|mill> — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withUrl("/articles/mill?hl=0-22#passage"), "[1] Tide mill — \"Mart Saar restored it.\""),
                Arguments.of(
                        titled("The tide mill at Pärnu, restored over three summers by Mart Saar and his neighbours,"
                                + " grinds grain again"),
                        "[1] The tide mill at Pärnu, restored over three summers by Mart Saar and his neighbours,"
                                + " grinds grain… — \"Mart Saar restored it.\""));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void aCitationShowsItsTitleOutletAndDate(Citation citation, String expected) {
        assertEquals(expected, SlackReplyFormat.citationLine(citation));
    }

    @Test
    void aReplyReadsBackAsItsAnswerAlone() {
        Answer answer = new Answer("Mart Saar <restored> it [1].", true, List.of(BARE), "extractive", null);
        String asked = "Who restored the tide mill?";
        assertEquals(
                "Mart Saar <restored> it [1].",
                SlackReplyFormat.answerOf(SlackReplyFormat.text(answer, new Asked("Who restored it?", asked))));
        assertEquals(
                "Mart Saar <restored> it [1].",
                SlackReplyFormat.answerOf(SlackReplyFormat.text(answer, new Asked(asked, null))));
        Answer abstention = new Answer("The articles do not say.", false, List.of(BARE), "extractive", null);
        assertEquals(
                "The articles do not say.",
                SlackReplyFormat.answerOf(SlackReplyFormat.text(abstention, new Asked(asked, null))));
        // A streamed reply's text is its opening line and the model's text; the sources are blocks.
        assertEquals("Zhang Jun [1].", SlackReplyFormat.answerOf("Answering: Who is it?\n\nZhang Jun [1]."));
    }

    @Test
    void aRewrittenQuestionIsShownAboveTheAnswer() {
        Answer answer = new Answer("Mart Saar restored it [1].", true, List.of(BARE), "extractive", null);
        String text = SlackReplyFormat.text(answer, new Asked("Who restored it?", "Who restored the <tide> mill?"));
        assertTrue(text.startsWith("Answering: Who restored the &lt;tide&gt; mill?\n\nMart Saar"), text);
        Asked asked = new Asked("Who restored it?", "Who restored the tide mill?");
        List<LayoutBlock> blocks = SlackReplyFormat.blocks(answer, asked);
        assertEquals(
                List.of("context", "section", "context", "context_actions"),
                blocks.stream().map(LayoutBlock::getType).toList());
        assertEquals(
                SlackReplyFormat.footer(answer, asked),
                blocks.subList(2, 4),
                "the footer (sources, then the feedback buttons) closes posted and streamed replies alike");
        assertEquals(
                List.of("section", "context", "context_actions"),
                SlackReplyFormat.blocks(answer, new Asked("Who restored the tide mill?", null)).stream()
                        .map(LayoutBlock::getType)
                        .toList());
    }
}
