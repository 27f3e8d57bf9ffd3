package dev.sourced.ingest;

import dev.sourced.index.ArticleStore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes writes durable before their requests return, with one fsync for many: a writer records its change, then
 * waits for a commit that covers it; whoever commits covers every change recorded before the commit began, so
 * concurrent writers share one commit. Thread-safe.
 */
final class GroupCommit {
    private final ArticleStore index;
    private final AtomicLong changes = new AtomicLong();
    private final Object commitLock = new Object();
    private long committed;

    GroupCommit(ArticleStore index) {
        this.index = index;
    }

    /** Call after a change reached the writer; returns once it is committed (durable and visible). */
    void awaitDurable() {
        long mine = changes.incrementAndGet();
        synchronized (commitLock) {
            if (committed >= mine) {
                return;
            }
            long covered = changes.get();
            index.commit();
            committed = covered;
        }
    }
}
