package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Span;
import dev.sourced.retrieval.Hit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A citation names the other articles of its story, whichever member's passage it quotes. */
class SyndicatedCitationsTest {
    private static final Hit COPY = hit("cnn-1", List.of(), List.of());
    private static final Hit SHOWN = hit("wire-1", List.of("cnn-1", "usatoday-1"), List.of(COPY));
    private static final Hit ALONE = hit("other-1", List.of(), List.of());

    @Test
    void citationsOfGroupedArticlesNameTheOthersAndTheRestAreUnchanged() {
        Answer answer = new Answer(
                "text [1] [2] [3]",
                true,
                List.of(citation(1, "wire-1"), citation(2, "other-1"), citation(3, "cnn-1")),
                "extractive",
                null);

        List<Citation> citations =
                SyndicatedCitations.attach(answer, List.of(SHOWN, ALONE)).citations();

        assertEquals(List.of("cnn-1", "usatoday-1"), citations.get(0).alsoPublishedBy());
        assertEquals(List.of(), citations.get(1).alsoPublishedBy());
        assertEquals(List.of("wire-1", "usatoday-1"), citations.get(2).alsoPublishedBy());
        assertEquals(
                answer.text(),
                SyndicatedCitations.attach(answer, List.of(SHOWN)).text());
    }

    @Test
    void withoutCopiesTheAnswerIsReturnedAsItIs() {
        Answer answer = new Answer("text [1]", true, List.of(citation(1, "other-1")), "extractive", null);
        assertEquals(answer, SyndicatedCitations.attach(answer, List.of(ALONE)));
    }

    private static Citation citation(int n, String source) {
        return new Citation(n, source, "t", source + "#0", "text", 0, 4, 1.0);
    }

    private static Hit hit(String article, List<String> others, List<Hit> copies) {
        Chunk chunk = new Chunk(article + "#0", article, 0, 4, "text", List.of(new Span(0, 4)));
        return new Hit(chunk, article, null, 1.0, List.of("bm25"), List.of(new float[] {1}), others, copies);
    }
}
