package dev.sourced.backend;

import dev.sourced.index.ArticleStore;
import dev.sourced.index.EmbeddingModels;
import dev.sourced.index.IndexConfig;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.LuceneIndex;
import dev.sourced.retrieval.LuceneHybridRetriever;
import dev.sourced.retrieval.LuceneVocabulary;
import dev.sourced.retrieval.HybridFusion;
import dev.sourced.retrieval.Retriever;
import dev.sourced.retrieval.Vocabulary;
import dev.sourced.solr.SolrArticleStore;
import dev.sourced.solr.SolrCluster;
import dev.sourced.solr.SolrConfig;
import dev.sourced.solr.SolrHybridRetriever;
import dev.sourced.solr.SolrVocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one switch between the embedded index and SolrCloud ({@code sourced.index.backend}): the store that ingestion
 * writes to, the retriever every surface searches with, and the vocabulary answers weigh words by. Nothing else
 * knows which backend is in use.
 */
@ApplicationScoped
public class BackendBeans {
    /** A singleton, not a client proxy: the other producers here look at which store it is. */
    @Produces
    @Singleton
    ArticleStore articleStore(IndexConfig index, SolrConfig solr) {
        return switch (index.backend()) {
            case LUCENE -> new LuceneIndex(index.dir(), index.model(), EmbeddingModels.DIMENSION);
            case SOLR -> new SolrArticleStore(new SolrCluster(solr), index.model(), EmbeddingModels.DIMENSION);
        };
    }

    void close(@Disposes ArticleStore store) {
        store.close();
    }

    @Produces
    @ApplicationScoped
    Vocabulary vocabulary(ArticleStore store) {
        return switch (store) {
            case LuceneIndex lucene -> new LuceneVocabulary(lucene);
            case SolrArticleStore solr -> new SolrVocabulary(solr);
            default -> throw new IllegalStateException("no vocabulary for " + store.getClass());
        };
    }

    @Produces
    @ApplicationScoped
    Retriever retriever(ArticleStore store, IndexStatus status, Vocabulary vocabulary, HybridFusion fusion) {
        return switch (store) {
            case LuceneIndex lucene -> new LuceneHybridRetriever(lucene, status, vocabulary, fusion);
            case SolrArticleStore solr -> new SolrHybridRetriever(solr, status, vocabulary, fusion);
            default -> throw new IllegalStateException("no retriever for " + store.getClass());
        };
    }
}
