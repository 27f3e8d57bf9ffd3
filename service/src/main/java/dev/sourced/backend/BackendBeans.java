package dev.sourced.backend;

import dev.sourced.embedding.EmbeddingConfig;
import dev.sourced.embedding.EmbeddingModels;
import dev.sourced.index.ArticleStore;
import dev.sourced.index.IndexConfig;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.LuceneIndex;
import dev.sourced.retrieval.HybridFusion;
import dev.sourced.retrieval.Retriever;
import dev.sourced.retrieval.Vocabulary;
import dev.sourced.solr.SolrArticleStore;
import dev.sourced.solr.SolrCluster;
import dev.sourced.solr.SolrConfig;
import io.quarkus.virtual.threads.VirtualThreads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.util.concurrent.ExecutorService;

/**
 * Picks the backend once from {@code sourced.index.backend}; the store, the retriever and the vocabulary are its
 * parts. Nothing else knows which backend is in use.
 */
@ApplicationScoped
public class BackendBeans {
    /** @param requests the container's virtual threads: a Solr list request only waits on the network */
    @Produces
    @ApplicationScoped
    Backend backend(
            IndexConfig index,
            EmbeddingConfig embedding,
            SolrConfig solr,
            IndexStatus status,
            HybridFusion fusion,
            @VirtualThreads ExecutorService requests) {
        return switch (index.backend()) {
            case LUCENE ->
                new LuceneBackend(
                        new LuceneIndex(index.dir(), embedding.model(), EmbeddingModels.DIMENSION), status, fusion);
            case SOLR ->
                new SolrBackend(
                        new SolrArticleStore(new SolrCluster(solr), embedding.model(), EmbeddingModels.DIMENSION),
                        status,
                        fusion,
                        requests);
        };
    }

    void close(@Disposes Backend backend) {
        backend.close();
    }

    @Produces
    @ApplicationScoped
    ArticleStore articleStore(Backend backend) {
        return backend.store();
    }

    @Produces
    @ApplicationScoped
    Retriever retriever(Backend backend) {
        return backend.retriever();
    }

    @Produces
    @ApplicationScoped
    Vocabulary vocabulary(Backend backend) {
        return backend.vocabulary();
    }
}
