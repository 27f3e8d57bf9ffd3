package dev.sourced.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.answer.ExtractiveAnswerGenerator;
import dev.sourced.index.Embedder;
import dev.sourced.index.IndexStartup;
import dev.sourced.index.LuceneIndex;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Retriever;
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
    Retriever retriever;
    @Inject
    Embedder embedder;
    @Inject
    ExtractiveAnswerGenerator extractive;
    @Inject
    LuceneIndex index;
    @Inject
    IndexStartup startup;
    @Inject
    Search search;

    private List<EvalQuestion> questions;

    @BeforeEach
    void loadQuestions() throws Exception {
        assertTrue(startup.awaitReady(Duration.ofMinutes(2)), "index ready");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("eval/questions.jsonl")) {
            QuestionFile.Parsed parsed = QuestionFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(List.of(), parsed.problems());
            questions = parsed.questions();
        }
    }

    @Test
    void diagnostics() {
        for (EvalQuestion q : questions) {
            Search.Result r = search.search(q.question(), 5, Mode.HYBRID);
            var ranked = extractive.rank(r);
            System.out.printf("%s %s ans=%s%n", q.id(), q.question(), q.answerable());
            ranked.stream().limit(3).forEach(c -> System.out.printf(
                    "   s=%.3f cos=%.3f cov=%.2f ctx=%.2f typed=%s rank=%d %s: %s%n", c.score(), c.cosine(),
                    c.coverage(), c.contextCoverage(), c.typed(), c.hitRank(), c.hit().articleId().substring(0, 3),
                    c.text().length() > 100 ? c.text().substring(0, 100) : c.text()));
        }
    }

    @Test
    void bundledQuestionsMeetTheBar() {
        Evaluation evaluation = new Evaluation(retriever, embedder, extractive,
                id -> index.article(id).map(a -> a.text()));
        EvalReport report = evaluation.run(questions);
        System.out.println(report.table());
    }
}
