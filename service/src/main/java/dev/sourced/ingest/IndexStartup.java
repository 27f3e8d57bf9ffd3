package dev.sourced.ingest;

import dev.sourced.embedding.ModelWarmUp;
import dev.sourced.index.IndexStatus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Brings the index in line with the corpus after start-up, on the container's executor rather than the start-up
 * thread, so that the HTTP port (and liveness) come up at once while readiness stays DOWN until the index can answer.
 * Shutdown stops a sync still under way between two articles. It asks rather than interrupts: an interrupt that lands
 * while the thread reads a file (a class from a jar, the model, the index) closes that file's channel for every other
 * reader too.
 */
@ApplicationScoped
public class IndexStartup {
    private static final Logger LOG = Logger.getLogger(IndexStartup.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final StartupSync sync;
    private final ModelWarmUp warmUp;
    private final IndexStatus status;
    private final ManagedExecutor executor;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final CompletableFuture<Void> stopRequested = new CompletableFuture<>();
    private volatile boolean started;
    private volatile boolean stopping;

    public IndexStartup(StartupSync sync, ModelWarmUp warmUp, IndexStatus status, ManagedExecutor executor) {
        this.sync = sync;
        this.warmUp = warmUp;
        this.status = status;
        this.executor = executor;
    }

    void onStart(@Observes StartupEvent event) {
        started = true;
        executor.execute(this::run);
    }

    /**
     * Stops a sync still under way (its uncommitted work is discarded, as after a crash) and waits for it, so that the
     * index is closed only once nothing writes to it.
     */
    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        stopRequested.complete(null);
        if (started) {
            finished.await(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        finished.countDown();
    }

    /** Waits until the first sync has finished or failed; true when the index is ready. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return status.ready();
    }

    private void run() {
        long begun = System.nanoTime();
        try {
            StartupSync.Synced synced = sync.connectAndSync(() -> stopping);
            // The model's loading is not stopped either; only the wait for it is.
            CompletableFuture.anyOf(warmUp.loaded(), stopRequested)
                    .exceptionally(loadFailed -> null)
                    .join();
            if (stopping) {
                throw new CancellationException("the service is shutting down");
            }
            warmUp.await();
            status.markReady();
            LOG.infof(
                    "index ready: %d articles from %s (%s) in %d ms",
                    synced.articles(), synced.source(), synced.report(), (System.nanoTime() - begun) / 1_000_000);
        } catch (Exception e) { // the container may still interrupt a retry's wait at the end of its shutdown grace
            if (stopping) {
                status.markFailed("the service is shutting down");
                LOG.info("index sync stopped at shutdown; the last committed index stays as it was");
            } else {
                status.markFailed("the index could not be built: " + e.getMessage());
                LOG.error("index build failed; the service stays not-ready", e);
            }
        } finally {
            finished.countDown();
        }
    }
}
