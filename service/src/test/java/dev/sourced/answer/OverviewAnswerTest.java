package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.corpus.Span;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.Search;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Overview answers on hand-made evidence. Each sentence gets its own direction in a small vector space, all equally
 * close to the question, so that which sentences are chosen is decided by subject, focus and novelty; a sentence
 * given the direction of another one is a restatement of it.
 */
class OverviewAnswerTest {
    private static final int DIMENSIONS = 32;
    private static final ExtractiveAnswerGenerator GENERATOR = EvenGenerators.extractive();

    private int nextDirection = 1;

    @Test
    void aPositionIsTheSubjectsStatementsAcrossArticlesNotEverySentenceOnTheTopic() {
        String first = "China refrained from calling the war in Ukraine an invasion. The weather in Kyiv stayed cold"
                + " and grey all through the week. China urged all parties in the Ukraine war to exercise restraint.";
        String second =
                "Chinese Foreign Minister Wang Yi said the sovereignty of all countries must be respected in the"
                        + " Ukraine war. South Korea announced export controls over the war in Ukraine on Thursday.";
        Answer answer = GENERATOR.generate(evidence(
                "What is China's position on the war in Ukraine?", hit("a", null, first), hit("b", null, second)));

        assertTrue(answer.answered(), answer.text());
        assertEquals(
                List.of(
                        "China refrained from calling the war in Ukraine an invasion.",
                        "China urged all parties in the Ukraine war to exercise restraint.",
                        "Chinese Foreign Minister Wang Yi said the sovereignty of all countries must be respected in"
                                + " the Ukraine war."),
                quoted(answer));
        assertEquals("extractive", answer.generator());
        for (Citation c : answer.citations()) {
            String text = c.source().equals("a") ? first : second;
            assertEquals(text.substring(c.start(), c.end()), c.text(), "each quote is the article's characters");
            assertTrue(answer.text().contains(c.text() + " " + c.marker()), "each sentence is followed by its marker");
        }
    }

    @Test
    void aSentenceThatRestatesAChosenOneIsQuotedOnce() {
        Hit a = hit("a", null, "China urged all parties in the Ukraine war to exercise restraint.");
        Hit b = withVectorsOf(a, hit("b", null, "China called on every party in the Ukraine war to show restraint."));
        Answer answer = GENERATOR.generate(evidence("What is China's position on the war in Ukraine?", a, b));

        assertEquals(1, answer.citations().size(), answer.text());
    }

    @Test
    void aQuotationOverSeveralSentencesIsOnePointQuotedWholeWithTheSpeakerItsLastSentenceNames() {
        String text = "\"The use of armed force in the Ukraine war cannot be justified under any circumstances."
                + " Sovereignty must be guaranteed,\" an aide quoted President Moon Jae In of South Korea as saying."
                + " The weather in Seoul stayed cold and grey all through the week of the war.";
        Answer answer = GENERATOR.generate(
                evidence("How did South Korea respond to the war in Ukraine?", hit("a", null, text)));

        assertEquals(
                List.of("\"The use of armed force in the Ukraine war cannot be justified under any circumstances."
                        + " Sovereignty must be guaranteed,\" an aide quoted President Moon Jae In of South Korea as"
                        + " saying."),
                quoted(answer));
        Citation quote = answer.citations().getFirst();
        assertEquals(text.substring(quote.start(), quote.end()), quote.text());
    }

    @Test
    void aQuotationCountsForEachOfItsSentencesInTheOverviewsLength() {
        StringBuilder text = new StringBuilder();
        for (String point : List.of("restraint", "dialogue", "sovereignty", "negotiation", "ceasefire")) {
            text.append("China said, \"The Ukraine war calls for ")
                    .append(point)
                    .append(". Nothing else will do.\" ");
        }
        Answer answer = GENERATOR.generate(evidence(
                "What is China's position on the war in Ukraine?",
                hit("a", null, text.toString().strip())));

        assertEquals(3, answer.citations().size(), answer.text());
        int sentences = 0;
        for (Citation c : answer.citations()) {
            sentences +=
                    new SentenceSplitter().split(c.text(), 0, c.text().length()).size();
        }
        assertEquals(Detail.STANDARD.sentences(), sentences, answer.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a sentence with no quotation stands alone                  | Plain words. | More words. | 1
            a quotation closed in the sentence stands alone            | He said "yes." | More words. | 1
            a quotation closed in the next sentence joins it           | "No. | Never," he said. | 2
            curly quotes join the same way                             | “No. | Never,” he said. | 2
            a quote still open after four sentences is a stray mark    | "No. | Never. | 3
            """)
    void aQuotationRunsToTheSentenceThatClosesIt(String rule, String first, String second, int end) {
        List<String> sentences =
                end == 3 ? List.of(first, second, "Again.", "And again.", "Still open.") : List.of(first, second);
        assertEquals(end == 3 ? 1 : end, OverviewSelection.quotationEnd(sentences, 0), rule);
    }

    @Test
    void sentencesOfDatedArticlesAreInTheOrderTheyWerePublished() {
        Hit later = hit("later", LocalDate.of(2022, 3, 2), "China urged all parties in the Ukraine war to talk.");
        Hit earlier = hit(
                "earlier", LocalDate.of(2022, 2, 24), "China refrained from calling the war in Ukraine an invasion.");
        Answer answer = GENERATOR.generate(evidence("What is China's position on the war in Ukraine?", later, earlier));

        assertEquals(
                List.of("earlier", "later"),
                answer.citations().stream().map(Citation::source).toList());
    }

    @Test
    void anOverviewHasAtMostSixSentences() {
        StringBuilder text = new StringBuilder();
        for (String point : List.of(
                "restraint", "dialogue", "sovereignty", "negotiation", "ceasefire", "sanctions", "refugees", "aid")) {
            text.append("China said the Ukraine war calls for ").append(point).append(" above all else. ");
        }
        Answer answer = GENERATOR.generate(evidence(
                "What is China's position on the war in Ukraine?",
                hit("a", null, text.toString().strip())));

        assertEquals(Detail.STANDARD.sentences(), answer.citations().size(), answer.text());
        assertEquals(
                3, GENERATOR.generate(eightPoints(), Detail.BRIEF).citations().size());
        assertEquals(
                8, GENERATOR.generate(eightPoints(), Detail.FULL).citations().size());
    }

    private Search.Result eightPoints() {
        StringBuilder text = new StringBuilder();
        for (String point : List.of(
                "restraint", "dialogue", "sovereignty", "negotiation", "ceasefire", "sanctions", "refugees", "aid")) {
            text.append("China said the Ukraine war calls for ").append(point).append(" above all else. ");
        }
        return evidence(
                "What is China's position on the war in Ukraine?",
                hit("a", null, text.toString().strip()));
    }

    @Test
    void whyIsAnsweredWithCausesNotWithTheEventToldAgainOrAPictureCaption() {
        String text = "Rite Aid filed for bankruptcy earlier this month. Rite Aid filed for bankruptcy because of"
                + " mounting opioid lawsuits and billions of dollars of debt. Shoppers walk past a Rite Aid store in"
                + " New York, Tuesday, Oct. 17, 2023.";
        Answer answer = GENERATOR.generate(evidence("Why did Rite Aid file for bankruptcy?", hit("a", null, text)));

        assertEquals(
                List.of("Rite Aid filed for bankruptcy because of mounting opioid lawsuits and billions of dollars of"
                        + " debt."),
                quoted(answer));
    }

    @Test
    void whatSomeoneSaidIsTheirAttributedStatementsAboutTheFocus() {
        String text = "Wenbin said NATO's eastward expansion ignored Russia's security demands. Wenbin also said the"
                + " weather in Beijing was mild this week. Kuleba said NATO's eastward expansion was no threat to"
                + " anyone at all.";
        Answer answer = GENERATOR.generate(evidence(
                "What did Wang Wenbin say about NATO's eastward expansion?",
                hit("a", null, "Wang Wenbin, a spokesperson for the Chinese Foreign Ministry, spoke. " + text)));

        assertEquals(
                List.of("Wenbin said NATO's eastward expansion ignored Russia's security demands."), quoted(answer));
    }

    @Test
    void aFocusWordNoPassageUsesDoesNotKeepTheArticlesThatDiscussTheRestFromAnswering() {
        String text = "China has shown an unwillingness to condemn Russia because of its close ties with Moscow."
                + " China and Russia have been deepening ties to counter the United States for years.";
        Answer answer = GENERATOR.generate(evidence("Why is China reluctant to condemn Russia?", hit("a", null, text)));

        assertTrue(answer.answered(), answer.text());
        assertTrue(
                quoted(answer)
                        .contains("China has shown an unwillingness to condemn Russia because of its close ties with"
                                + " Moscow."),
                answer.text());
    }

    @Test
    void aFocusNoPassageDiscussesIsNotCoveredAndTheAnswerAbstains() {
        Answer answer = GENERATOR.generate(evidence(
                "What is China's position on the Olympic boycott?",
                hit("a", null, "China refrained from calling the war in Ukraine an invasion.")));

        assertFalse(answer.answered(), answer.text());
    }

    @Test
    void aSubjectNoArticleNamesIsNotCoveredAndTheAnswerAbstains() {
        Answer answer = GENERATOR.generate(evidence(
                "What is Japan's position on the war in Ukraine?",
                hit("a", null, "China refrained from calling the war in Ukraine an invasion.")));

        assertFalse(answer.answered(), answer.text());
    }

    private static List<String> quoted(Answer answer) {
        return answer.citations().stream().map(Citation::text).toList();
    }

    private static Search.Result evidence(String question, Hit... hits) {
        float[] question0 = new float[DIMENSIONS];
        question0[0] = 1;
        return new Search.Result(question, question0, List.of(hits), null, Map.of());
    }

    /** One passage, each sentence in a direction of its own at the same closeness to the question. */
    private Hit hit(String articleId, LocalDate date, String text) {
        List<Span> sentences = new SentenceSplitter().split(text, 0, text.length());
        List<float[]> vectors = new ArrayList<>();
        for (Span ignored : sentences) {
            float[] v = new float[DIMENSIONS];
            v[0] = (float) Math.sqrt(0.5);
            v[nextDirection++] = (float) Math.sqrt(0.5);
            vectors.add(v);
        }
        return new Hit(
                new Chunk(articleId + "#0", articleId, 0, text.length(), text, sentences),
                articleId,
                date,
                1.0,
                List.of("bm25"),
                vectors);
    }

    /** {@code copy} with the sentence vectors of {@code original}: it says the same thing. */
    private static Hit withVectorsOf(Hit original, Hit copy) {
        return new Hit(
                copy.chunk(), copy.title(), copy.date(), copy.score(), copy.retrievers(), original.sentenceVectors());
    }
}
