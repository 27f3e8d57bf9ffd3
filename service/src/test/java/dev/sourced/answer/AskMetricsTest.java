package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.duplicates.Representatives;
import dev.sourced.embedding.Embedder;
import dev.sourced.retrieval.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class AskMetricsTest {
    private static final EmbeddingModel ONES = new EmbeddingModel() {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream()
                    .map(s -> Embedding.from(new float[] {0.5f, 0.5f}))
                    .toList());
        }
    };
    private static final Search NOTHING_FOUND = new Search(
            request -> List.of(), new Embedder(ONES, "ones"), new DuplicateGroups(0.5, new Representatives(List.of())));
    private static final Question QUESTION = new Question("Who?");
    private static final AnswerGenerator ABSTAINS = new AnswerGenerator() {
        @Override
        public Answer generate(Search.Result evidence) {
            return new Answer("no answer", false, List.of(), name(), "no-model");
        }

        @Override
        public String name() {
            return "abstains";
        }
    };

    @Test
    void everyAnswerIsCountedWhereItIsMadeAndASearchIsNot() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Asker asker = new Asker(
                NOTHING_FOUND,
                ABSTAINS,
                new AsOfWording(30, Clock.systemUTC()),
                new AskMetrics(registry),
                ReaderLinks.relative(),
                2);

        asker.ask(QUESTION);
        asker.stream(QUESTION, 5, null).answer(text -> {});
        asker.search(QUESTION, 5);

        assertEquals(
                2,
                registry.counter("sourced.ask.answers", "generator", "abstains", "answered", "false")
                        .count());
        assertEquals(2, registry.timer("sourced.ask").count(), "one latency per answer");
        assertEquals(
                2,
                registry.counter("sourced.ask.fallbacks", "reason", "no-model").count());
    }
}
