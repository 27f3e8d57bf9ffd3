package dev.sourced.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.index.IndexStatus;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Shutdown while the start-up sync runs: the sync is asked to stop, never interrupted. */
class IndexStartupTest {
    private final ManagedExecutor executor = ManagedExecutor.builder().build();
    private final IndexStatus status = new IndexStatus();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    /** A sync that runs until it is asked to stop, noting whether its thread was ever interrupted. */
    private static final class SyncUntilStopped extends StartupSync {
        final CountDownLatch started = new CountDownLatch(1);
        final AtomicBoolean interrupted = new AtomicBoolean();

        SyncUntilStopped() {
            super(null, null, null, null, null);
        }

        @Override
        public Synced connectAndSync(BooleanSupplier stopRequested) {
            started.countDown();
            while (!stopRequested.getAsBoolean()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                if (Thread.interrupted()) {
                    interrupted.set(true);
                }
            }
            throw new CancellationException("stopped");
        }
    }

    @Test
    void shutdownAsksTheRunningSyncToStopWaitsForItAndLeavesTheIndexNotReady() throws Exception {
        SyncUntilStopped sync = new SyncUntilStopped();
        IndexStartup startup = new IndexStartup(sync, null, status, executor);
        startup.onStart(null);
        assertTrue(sync.started.await(10, TimeUnit.SECONDS), "the sync runs on the executor");

        startup.onStop(null);

        assertFalse(sync.interrupted.get(), "an interrupt closes the channel of any file the thread was reading");
        assertFalse(startup.awaitReady(Duration.ZERO), "stop returns only once the sync has ended");
        assertEquals("the service is shutting down", status.problem());
    }
}
