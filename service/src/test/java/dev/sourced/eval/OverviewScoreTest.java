package dev.sourced.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourced.answer.Answer;
import dev.sourced.answer.Citation;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Span;
import dev.sourced.retrieval.Hit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverviewScoreTest {
    private static final String TEXT = "China refused to call it an invasion. China urged restraint. China urged calm.";
    private static final List<List<String>> POINTS =
            List.of(List.of("invasion"), List.of("restraint", "calm"), List.of("sovereignty"));

    /**
     * @param cited which sentences the answer cites (0, 1, 2), by index
     * @param second the vector of the third sentence: the same direction as the second is a restatement
     */
    @ParameterizedTest(name = "cites {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0     | false | 1 | 1 | 0",
                "0;1   | false | 2 | 2 | 0",
                "1;2   | false | 1 | 2 | 0",
                "1;2   | true  | 1 | 2 | 1",
                "0;1;2 | true  | 2 | 3 | 1",
            })
    void countsKeyPointsSentencesAndRestatements(
            String cited, boolean restated, int covered, int sentences, int redundant) {
        List<Span> spans = List.of(new Span(0, 37), new Span(38, 60), new Span(61, 78));
        float[][] vectors = {{1, 0, 0}, {0, 1, 0}, restated ? new float[] {0, 1, 0} : new float[] {0, 0, 1}};
        Hit hit = new Hit(
                new Chunk("a#0", "a", 0, TEXT.length(), TEXT, spans),
                "a",
                null,
                1.0,
                List.of("bm25"),
                List.of(vectors[0], vectors[1], vectors[2]));
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (String i : cited.split(";")) {
            Span span = spans.get(Integer.parseInt(i));
            int n = citations.size() + 1;
            String sentence = TEXT.substring(span.start(), span.end());
            citations.add(new Citation(n, "a", "a", "a#0", sentence, span.start(), span.end(), 1.0));
            text.append(sentence).append(" [").append(n).append("] ");
        }
        Answer answer = new Answer(text.toString().strip(), true, citations, "extractive", null);

        OverviewScore score = OverviewScore.of(POINTS, answer, List.of(hit));

        assertEquals(covered, score.covered());
        assertEquals(3, score.keyPoints());
        assertEquals(sentences, score.sentences());
        assertEquals(redundant, score.redundantPairs());
        assertEquals(1, score.articles());
    }
}
