package dev.sourced.ingest;

import dev.sourced.backend.Backend;
import dev.sourced.corpus.Article;
import dev.sourced.corpus.CorpusConfig;
import dev.sourced.corpus.CorpusReader;
import dev.sourced.index.ArticleIndexer;
import dev.sourced.index.Embedder;
import dev.sourced.index.IndexNotReadyException;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.ModelWarmUp;
import dev.sourced.index.SyncReport;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Brings the index in line with the corpus after start-up, off the start-up thread so that the HTTP port (and
 * liveness) come up at once while readiness stays DOWN until the index can answer.
 */
@ApplicationScoped
public class IndexStartup {
    private static final Logger LOG = Logger.getLogger(IndexStartup.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Duration CONNECT_RETRY = Duration.ofSeconds(2);

    private final CorpusConfig corpusConfig;
    private final CorpusReader reader;
    private final ArticleIndexer indexer;
    private final Backend backend;
    private final IndexStatus status;
    private final Embedder embedder;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Thread syncThread;
    private volatile boolean stopping;

    public IndexStartup(CorpusConfig corpusConfig, CorpusReader reader, ArticleIndexer indexer, Backend backend,
            IndexStatus status, Embedder embedder) {
        this.corpusConfig = corpusConfig;
        this.embedder = embedder;
        this.reader = reader;
        this.indexer = indexer;
        this.backend = backend;
        this.status = status;
    }

    void onStart(@Observes StartupEvent event) {
        syncThread = Thread.ofPlatform().name("sourced-index-sync").daemon().start(this::sync);
    }

    /**
     * Stops a sync still under way (its uncommitted work is discarded, as after a crash) and waits for it, so that
     * the index is closed only once nothing writes to it.
     */
    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        Thread thread = syncThread;
        if (thread != null) {
            thread.join(SHUTDOWN_WAIT.toMillis());
        }
        finished.countDown();
    }

    /** Waits until the first sync has finished or failed; true when the index is ready. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return status.ready();
    }

    private void sync() {
        try {
            syncUntilDone();
        } catch (CancellationException | InterruptedException e) {
            status.markFailed("the service is shutting down");
            LOG.info("index sync stopped at shutdown; the last committed index stays as it was");
        } catch (RuntimeException e) {
            status.markFailed("the index could not be built: " + e.getMessage());
            LOG.error("index build failed; the service stays not-ready", e);
        } finally {
            finished.countDown();
        }
    }

    /**
     * Connects and syncs, again and again while the backend is unavailable (a cluster may come up after the service,
     * or lose a node mid-sync): logged once when it fails and once when it recovers, not at every retry. An
     * interrupted sync loses nothing committed; the retry skips what is already indexed.
     */
    private void syncUntilDone() throws InterruptedException {
        boolean waited = false;
        while (true) {
            try {
                backend.connect();
                if (waited) {
                    LOG.info("the search backend answers now; building the index");
                }
                syncOnce();
                return;
            } catch (IndexNotReadyException e) {
                status.markFailed(e.getMessage());
                if (!waited) {
                    LOG.warnf("%s; retrying every %d s, the service stays not-ready until then", e.getMessage(),
                            CONNECT_RETRY.toSeconds());
                    waited = true;
                }
            }
            for (long slept = 0; slept < CONNECT_RETRY.toMillis(); slept += 100) {
                if (stopping) {
                    throw new CancellationException("shutting down");
                }
                Thread.sleep(100);
            }
        }
    }

    private void syncOnce() {
        long started = System.nanoTime();
        List<Article> corpus = corpusConfig.dir().map(reader::readFolder).orElseGet(reader::readBundled);
        String source = corpusConfig.dir().map(Object::toString).orElse("the bundled corpus");
        if (backend.rebuilding()) {
            LOG.infof("index was built by another model or schema: rebuilding from %s", source);
        }
        SyncReport report = indexer.sync(corpus, (done, total, articleId) -> {
            if (stopping) {
                throw new CancellationException("shutting down");
            }
        });
        // Readiness waits for the model and its first inference (ModelWarmUp's thread, usually done by now), so that
        // the first user's question does not pay for them.
        embedder.embed(ModelWarmUp.QUESTION);
        status.markReady();
        LOG.infof("index ready: %d articles from %s (%s) in %d ms", corpus.size(), source, report,
                (System.nanoTime() - started) / 1_000_000);
    }
}
