package dev.sourced.ingest;

import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.CorpusReader;
import dev.sourced.duplicates.DuplicateGroups;
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
    ArticleIndexer articleIndexer(ArticleStore index, Chunker chunker, Embedder embedder, DuplicateGroups groups) {
        return new ArticleIndexer(index, chunker, embedder, groups);
    }

    @Produces
    @ApplicationScoped
    CorpusSync corpusSync(ArticleStore index, ArticleIndexer indexer, DuplicateGroups groups) {
        return new CorpusSync(index, indexer, groups);
    }

    @Produces
    @ApplicationScoped
    ArticleIngestor articleIngestor(
            ArticleIndexer indexer, ArticleStore index, IndexStatus status, CorpusReader reader, ArticleParser parser) {
        return new ArticleIngestor(indexer, index, status, reader, parser);
    }
}
