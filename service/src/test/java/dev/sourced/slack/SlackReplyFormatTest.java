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

    static Stream<Arguments> lines() {
        LocalDate june3 = LocalDate.of(2024, 6, 3);
        return Stream.of(
                Arguments.of(BARE, "[1] mill — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, Provenance.NONE),
                        "[1] mill (3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, new Provenance("Pärnu <Post> & Co", null, "Kadri Lepp")),
                        "[1] mill (Pärnu &lt;Post&gt; &amp; Co, 3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(null, new Provenance("Pärnu Postimees", "https://example.com/m?a=1", null)),
                        "[1] mill (<https://example.com/m?a=1|Pärnu Postimees>) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, new Provenance(null, "https://example.com/m", null)),
                        "[1] mill (<https://example.com/m|original>, 3 June 2024) — \"Mart Saar restored it.\""));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void aCitationShowsItsOutletAndDateBesideTheArticle(Citation citation, String expected) {
        assertEquals(expected, SlackReplyFormat.citationLine(citation));
    }

    @Test
    void aReplyReadsBackAsItsAnswerAlone() {
        Answer answer = new Answer("Mart Saar <restored> it [1].", true, List.of(BARE), "extractive", null);
        String asked = "Who restored the tide mill?";
        assertEquals("Mart Saar <restored> it [1].", SlackReplyFormat.answerOf(SlackReplyFormat.text(answer, asked)));
        assertEquals("Mart Saar <restored> it [1].", SlackReplyFormat.answerOf(SlackReplyFormat.text(answer)));
        Answer abstention = new Answer("The articles do not say.", false, List.of(BARE), "extractive", null);
        assertEquals("The articles do not say.", SlackReplyFormat.answerOf(SlackReplyFormat.text(abstention)));
        // A streamed reply's text is its opening line and the model's text; the sources are blocks.
        assertEquals("Zhang Jun [1].", SlackReplyFormat.answerOf("Answering: Who is it?\n\nZhang Jun [1]."));
    }

    @Test
    void aRewrittenQuestionIsShownAboveTheAnswer() {
        Answer answer = new Answer("Mart Saar restored it [1].", true, List.of(BARE), "extractive", null);
        String text = SlackReplyFormat.text(answer, "Who restored the <tide> mill?");
        assertTrue(text.startsWith("Answering: Who restored the &lt;tide&gt; mill?\n\nMart Saar"), text);
        List<LayoutBlock> blocks = SlackReplyFormat.blocks(answer, "Who restored the tide mill?");
        assertEquals(
                List.of("context", "section", "context"),
                blocks.stream().map(LayoutBlock::getType).toList());
        assertEquals(
                SlackReplyFormat.footer(answer),
                blocks.subList(2, 3),
                "the footer closes posted and streamed replies alike");
        assertEquals(
                List.of("section", "context"),
                SlackReplyFormat.blocks(answer).stream()
                        .map(LayoutBlock::getType)
                        .toList());
    }
}
