package dev.sourced.ingest;

import dev.sourced.index.ArticleIndexer;
import dev.sourced.index.ArticleStore;
import dev.sourced.index.IndexStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires live ingestion over the index. */
@ApplicationScoped
public class IngestBeans {
    @Produces
    @ApplicationScoped
    ArticleIngestor articleIngestor(ArticleIndexer indexer, ArticleStore index, IndexStatus status) {
        return new ArticleIngestor(indexer, index, status);
    }
}
