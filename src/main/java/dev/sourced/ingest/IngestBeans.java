package dev.sourced.ingest;

import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.CorpusReader;
import dev.sourced.embedding.Embedder;
import dev.sourced.index.ArticleStore;
import dev.sourced.index.IndexStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires the indexer, the corpus sync and live ingestion over the backend's store. */
@ApplicationScoped
public class IngestBeans {
    @Produces
    @ApplicationScoped
    ArticleIndexer articleIndexer(ArticleStore index, Chunker chunker, Embedder embedder) {
        return new ArticleIndexer(index, chunker, embedder);
    }

    @Produces
    @ApplicationScoped
    CorpusSync corpusSync(ArticleStore index, ArticleIndexer indexer) {
        return new CorpusSync(index, indexer);
    }

    @Produces
    @ApplicationScoped
    ArticleIngestor articleIngestor(
            ArticleIndexer indexer, ArticleStore index, IndexStatus status, CorpusReader reader, ArticleParser parser) {
        return new ArticleIngestor(indexer, index, status, reader, parser);
    }
}
