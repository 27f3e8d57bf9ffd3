package dev.sourced.index;

/**
 * Whether the index can answer searches yet: it is built in the background at start-up, and readiness and every
 * search consult this. Thread-safe.
 */
public final class IndexStatus {
    private volatile String problem = "the index is being built";
    private volatile boolean ready;

    public boolean ready() {
        return ready;
    }

    /** Why the index is not ready, or {@code null} when it is. */
    public String problem() {
        return ready ? null : problem;
    }

    public void markReady() {
        ready = true;
    }

    public void markFailed(String why) {
        problem = why;
        ready = false;
    }

    public void requireReady() {
        if (!ready) {
            throw new IndexNotReadyException(problem);
        }
    }
}
