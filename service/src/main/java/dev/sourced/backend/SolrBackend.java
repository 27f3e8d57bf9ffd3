package dev.sourced.backend;

import dev.sourced.index.ArticleStore;
import dev.sourced.index.IndexStatus;
import dev.sourced.retrieval.HybridFusion;
import dev.sourced.retrieval.Retriever;
import dev.sourced.retrieval.Vocabulary;
import dev.sourced.solr.SolrArticleStore;
import dev.sourced.solr.SolrHybridRetriever;
import dev.sourced.solr.SolrVocabulary;
import java.util.concurrent.ExecutorService;

/** A SolrCloud collection, reached over HTTP; the cluster may come up after the service. */
public final class SolrBackend implements Backend {
    private final SolrArticleStore store;
    private final SolrVocabulary vocabulary;
    private final SolrHybridRetriever retriever;

    /** @param requests runs a search's list requests side by side; owned by the caller */
    public SolrBackend(SolrArticleStore store, IndexStatus status, HybridFusion fusion, ExecutorService requests) {
        this.store = store;
        this.vocabulary = new SolrVocabulary(store);
        this.retriever = new SolrHybridRetriever(store, status, vocabulary, fusion, requests);
    }

    @Override
    public void connect() {
        store.connect();
    }

    @Override
    public boolean rebuilding() {
        return store.rebuilding();
    }

    @Override
    public ArticleStore store() {
        return store;
    }

    @Override
    public Retriever retriever() {
        return retriever;
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public void close() {
        store.close();
    }
}
