package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AskerBulkheadTest {
    private static final EmbeddingModel ONES = new EmbeddingModel() {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            float[] v = new float[4];
            java.util.Arrays.fill(v, 0.5f);
            return Response.from(
                    segments.stream().map(s -> Embedding.from(v.clone())).toList());
        }
    };
    private static final Search NOTHING_FOUND = new Search(
            request -> List.of(), new Embedder(ONES, "ones"), new DuplicateGroups(0.5, new Representatives(List.of())));
    private static final Question QUESTION = new Question("Who?");

    private final CountDownLatch inside = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AnswerGenerator slow = new AnswerGenerator() {
        @Override
        public Answer generate(Search.Result evidence) {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Answer("done", false, List.of(), name(), null);
        }

        @Override
        public String name() {
            return "slow";
        }
    };

    @Test
    void questionsBeyondTheLimitAreTurnedAwayNotQueuedForever() throws Exception {
        Asker asker = new Asker(
                NOTHING_FOUND,
                slow,
                new AsOfWording(30, Clock.systemUTC()),
                new AskMetrics(new SimpleMeterRegistry()),
                ReaderLinks.relative(),
                1);
        Thread first = Thread.ofPlatform().start(() -> asker.ask(QUESTION));
        inside.await(10, TimeUnit.SECONDS);

        assertThrows(OverloadedException.class, () -> asker.ask(QUESTION));
        assertThrows(OverloadedException.class, () -> asker.search(QUESTION, 5), "search shares the bulkhead");
        assertThrows(
                OverloadedException.class, () -> asker.stream(QUESTION, 5, null), "so does a stream, before it opens");

        release.countDown();
        first.join();
        assertEquals("done", asker.ask(QUESTION).text(), "capacity returns when the first finishes");
    }

    @Test
    void aStreamHoldsItsPlaceFromRetrievalUntilItIsAnsweredOrClosed() {
        release.countDown();
        Asker asker = new Asker(
                NOTHING_FOUND,
                slow,
                new AsOfWording(30, Clock.systemUTC()),
                new AskMetrics(new SimpleMeterRegistry()),
                ReaderLinks.relative(),
                1);
        Asker.Streamed streamed = asker.stream(QUESTION, 5, null);
        assertThrows(OverloadedException.class, () -> asker.search(QUESTION, 5));
        assertEquals("done", streamed.answer(t -> {}).text());
        Asker.Streamed second = asker.stream(QUESTION, 5, null);
        second.close();
        second.close();
        try (Asker.Streamed third = asker.stream(QUESTION, 5, null)) {
            assertThrows(
                    OverloadedException.class,
                    () -> asker.search(QUESTION, 5),
                    "closing twice gave back one place, not two");
        }
        assertEquals(0, asker.search(QUESTION, 5).hits().size());
    }
}
