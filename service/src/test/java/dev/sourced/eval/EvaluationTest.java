package dev.sourced.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.answer.AsOfWording;
import dev.sourced.answer.ExtractiveAnswerGenerator;
import dev.sourced.index.ArticleCatalog;
import dev.sourced.ingest.IndexStartup;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Search;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationTest {
    @Inject
    Search search;

    @Inject
    ExtractiveAnswerGenerator extractive;

    @Inject
    AsOfWording wording;

    @Inject
    ArticleCatalog index;

    @Inject
    IndexStartup startup;

    @BeforeEach
    void awaitIndex() throws Exception {
        assertTrue(startup.awaitReady(Duration.ofMinutes(2)), "index ready");
    }

    @Test
    void bundledQuestionsMeetTheBar() throws IOException {
        EvalReport report = evaluate("eval/questions.jsonl");

        assertMeetsTheBar(report, 0.9);
        assertTrue(
                report.recallAt(Mode.HYBRID, 1) >= report.recallAt(Mode.VECTOR, 1),
                "fusion ranks gold first at least as often as vectors alone");
    }

    /**
     * The check set, written after the method was settled in other words than the articles' (docs/evaluation.md):
     * retrieval must hold on new wording, and no unanswerable question may be answered. Its answer bar is lower than
     * the bundled set's, as measured when it was written (13/16), so that a change that loses ground shows here.
     */
    @Test
    void checkQuestionsHoldOnNewWording() throws IOException {
        assertMeetsTheBar(evaluate("eval/check-questions.jsonl"), 0.8);
    }

    /**
     * Gold in the hybrid top 5 for every answerable question, every unanswerable one abstaining, every citation
     * verbatim, and at least {@code hitRate} of the answerable ones answered with a gold source and an expected phrase.
     */
    private static void assertMeetsTheBar(EvalReport report, double hitRate) {
        for (Evaluation.QuestionResult r : report.answerable()) {
            int rank = r.goldRanks().get(Mode.HYBRID);
            assertTrue(rank >= 1 && rank <= 5, r.question().id() + ": gold source in the hybrid top 5, was " + rank);
        }
        assertEquals(report.unanswerable().size(), report.correctAbstentions(), "every unanswerable question abstains");
        assertTrue(
                report.hitRate() >= hitRate,
                "at least " + Math.round(hitRate * 100) + "% answered with a gold source and an expected phrase, was "
                        + report.hitRate());
        assertEquals(1.0, report.verbatimRate(), "every citation quotes its article exactly");
    }

    private EvalReport evaluate(String resource) throws IOException {
        List<EvalQuestion> questions;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            QuestionFile.Parsed parsed = QuestionFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(List.of(), parsed.problems());
            questions = parsed.questions();
        }
        Evaluation evaluation = new Evaluation(
                search, extractive, wording, id -> index.article(id).map(a -> a.text()));
        EvalReport report = evaluation.run(questions);
        System.out.println(report.table());
        return report;
    }
}
