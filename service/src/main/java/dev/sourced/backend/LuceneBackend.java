package dev.sourced.backend;

import dev.sourced.index.ArticleStore;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.LuceneIndex;
import dev.sourced.retrieval.HybridFusion;
import dev.sourced.retrieval.LuceneHybridRetriever;
import dev.sourced.retrieval.LuceneVocabulary;
import dev.sourced.retrieval.Retriever;
import dev.sourced.retrieval.Vocabulary;

/** The embedded Lucene index in a local folder, searched in-process. */
public final class LuceneBackend implements Backend {
    private final LuceneIndex index;
    private final LuceneVocabulary vocabulary;
    private final LuceneHybridRetriever retriever;

    public LuceneBackend(LuceneIndex index, IndexStatus status, HybridFusion fusion) {
        this.index = index;
        this.vocabulary = new LuceneVocabulary(index);
        this.retriever = new LuceneHybridRetriever(index, status, vocabulary, fusion);
    }

    /** Nothing to connect to: the index was opened when it was made. */
    @Override
    public void connect() {}

    @Override
    public boolean rebuilding() {
        return index.rebuilding();
    }

    @Override
    public ArticleStore store() {
        return index;
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
        index.close();
    }
}
