package dev.sourced.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.sourced.embedding.Embedder;
import dev.sourced.embedding.EmbeddingModels;
import dev.sourced.embedding.ModelWarmUp;
import dev.sourced.index.IndexStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Shutdown while the start-up sync runs: the sync and the wait for the model are asked to stop, never interrupted. */
class IndexStartupTest {
    private final ManagedExecutor executor = ManagedExecutor.builder().build();
    private final IndexStatus status = new IndexStatus();

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopExecutor() {
        release.countDown();
        executor.shutdownNow();
    }

    /** A sync that runs until it is asked to stop, noting whether its thread was ever interrupted and when it ended. */
    private static final class SyncUntilStopped extends StartupSync {
        final CountDownLatch started = new CountDownLatch(1);
        final AtomicBoolean interrupted = new AtomicBoolean();
        final AtomicBoolean ended = new AtomicBoolean();

        SyncUntilStopped() {
            super(null, null, null, null, null);
        }

        @Override
        public Synced connectAndSync(BooleanSupplier stopRequested) {
            started.countDown();
            try {
                while (!stopRequested.getAsBoolean()) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                    if (Thread.interrupted()) {
                        interrupted.set(true);
                    }
                }
                throw new CancellationException("stopped");
            } finally {
                ended.set(true);
            }
        }
    }

    @Test
    void shutdownAsksTheRunningSyncToStopWaitsForItAndLeavesTheIndexNotReady() throws Exception {
        SyncUntilStopped sync = new SyncUntilStopped();
        IndexStartup startup = new IndexStartup(sync, null, status, executor);
        startup.onStart(null);
        assertTrue(sync.started.await(10, TimeUnit.SECONDS), "the sync runs on the executor");

        startup.onStop(null);

        assertTrue(sync.ended.get(), "stop returns only once the sync has ended");
        assertFalse(sync.interrupted.get(), "an interrupt closes the channel of any file the thread was reading");
        assertFalse(startup.awaitReady(Duration.ZERO));
        assertEquals("the service is shutting down", status.problem());
    }

    @Test
    void shutdownWhileTheModelLoadsStopsTheWaitAndLeavesTheIndexNotReady() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        EmbeddingModel slowModel = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                loading.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Response.from(segments.stream()
                        .map(s -> Embedding.from(new float[] {1, 0}))
                        .toList());
            }
        };
        ModelWarmUp warmUp = new ModelWarmUp(new Embedder(slowModel, EmbeddingModels.DEFAULT), executor);
        StartupSync synced = new StartupSync(null, null, null, null, null) {
            @Override
            public Synced connectAndSync(BooleanSupplier stopRequested) {
                return new Synced(0, "nowhere", new SyncReport(List.of(), List.of(), List.of(), List.of()));
            }
        };
        IndexStartup startup = new IndexStartup(synced, warmUp, status, executor);
        warmUp.loaded();
        startup.onStart(null);
        assertTrue(loading.await(10, TimeUnit.SECONDS), "the model is loading");

        startup.onStop(null);

        assertFalse(status.ready(), "the model never answered: no readiness on the way out");
        assertEquals("the service is shutting down", status.problem());
    }

    @Test
    void shutdownBeforeStartReleasesThoseWaitingForTheIndex() throws Exception {
        IndexStartup startup = new IndexStartup(new SyncUntilStopped(), null, status, executor);
        startup.onStop(null);
        assertFalse(startup.awaitReady(Duration.ofMinutes(1)), "released at once, not ready");
    }
}
