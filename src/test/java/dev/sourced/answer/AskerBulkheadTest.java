package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sourced.retrieval.Search;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Inside Quarkus because SmallRye Fault Tolerance's guards come from its CDI integration. */
@QuarkusTest
class AskerBulkheadTest {
    @Test
    void answersBeyondTheLimitAreTurnedAwayNotQueuedForever() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AnswerGenerator slow = new AnswerGenerator() {
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
        Asker asker = new Asker(null, slow, 1);
        Search.Result evidence = new Search.Result("q", new float[384], List.of());
        Thread first = Thread.ofPlatform().start(() -> asker.answer(evidence, t -> { }));
        inside.await(10, TimeUnit.SECONDS);

        assertThrows(OverloadedException.class, () -> asker.answer(evidence, t -> { }));

        release.countDown();
        first.join();
        assertEquals("done", asker.answer(evidence, t -> { }).text(), "capacity returns when the first finishes");
    }
}
