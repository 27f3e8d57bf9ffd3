package dev.sourced.ingest;

import dev.sourced.backend.Backend;
import dev.sourced.corpus.Article;
import dev.sourced.corpus.CorpusConfig;
import dev.sourced.corpus.CorpusReader;
import dev.sourced.index.IndexNotReadyException;
import dev.sourced.index.IndexStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * Connects to the backend and mirrors the corpus in it, again and again while the backend is unavailable (a cluster
 * may come up after the service, or lose a node mid-sync): logged once when it fails and once when it recovers, not
 * at every retry. A stopped sync loses nothing committed; the retry skips what is already indexed.
 */
@ApplicationScoped
public class StartupSync {
    static final long RETRY_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(StartupSync.class);

    private final Backend backend;
    private final CorpusSync sync;
    private final CorpusReader reader;
    private final CorpusConfig corpus;
    private final IndexStatus status;
    private volatile boolean waited;

    public StartupSync(Backend backend, CorpusSync sync, CorpusReader reader, CorpusConfig corpus, IndexStatus status) {
        this.backend = backend;
        this.sync = sync;
        this.reader = reader;
        this.corpus = corpus;
        this.status = status;
    }

    /**
     * The corpus as now indexed; retried every {@value #RETRY_SECONDS} s while the backend is down, until
     * {@code stopRequested} says so: then it throws {@link CancellationException} at the next attempt or between two
     * articles.
     */
    @Retry(
            maxRetries = -1,
            delay = RETRY_SECONDS,
            delayUnit = ChronoUnit.SECONDS,
            jitter = 0,
            maxDuration = 0,
            retryOn = IndexNotReadyException.class)
    public Synced connectAndSync(BooleanSupplier stopRequested) {
        if (stopRequested.getAsBoolean()) {
            throw new CancellationException("the service is shutting down");
        }
        try {
            backend.connect();
            if (waited) {
                LOG.info("the search backend answers now; building the index");
            }
            List<Article> articles = corpus.dir().map(reader::readFolder).orElseGet(reader::readBundled);
            String source = corpus.dir().map(Object::toString).orElse("the bundled corpus");
            if (backend.rebuilding()) {
                LOG.infof("index was built by another model or schema: rebuilding from %s", source);
            }
            return new Synced(articles.size(), source, sync.sync(articles, stopRequested));
        } catch (IndexNotReadyException e) {
            status.markFailed(e.getMessage());
            if (!waited) {
                LOG.warnf(
                        "%s; retrying every %d s, the service stays not-ready until then",
                        e.getMessage(), RETRY_SECONDS);
                waited = true;
            }
            throw e;
        }
    }

    /** What a start-up sync read and did. */
    public record Synced(int articles, String source, SyncReport report) {}
}
