package dev.sourced.backend;

import dev.sourced.index.ArticleStore;
import dev.sourced.retrieval.Retriever;
import dev.sourced.retrieval.Vocabulary;

/**
 * One search engine behind the service, chosen once from configuration: the store ingestion writes to, the retriever
 * every surface searches with and the term statistics answers weigh words by, all over the same index. Thread-safe.
 */
public interface Backend extends AutoCloseable {
    /**
     * Makes the backend usable: a no-op for the embedded index, which is opened when the backend is made; for a
     * cluster, checks that it answers and creates what is missing. Throws
     * {@link dev.sourced.index.IndexNotReadyException} (retry later) while that is not possible.
     */
    void connect();

    /** True, once connected, when the stored index was built by another model or schema and is being rebuilt. */
    boolean rebuilding();

    ArticleStore store();

    Retriever retriever();

    Vocabulary vocabulary();

    @Override
    void close();
}
