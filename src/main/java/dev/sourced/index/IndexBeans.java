package dev.sourced.index;

import dev.sourced.corpus.Chunker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the embedding model and the index from configuration; CDI closes the index at shutdown. */
@ApplicationScoped
public class IndexBeans {
    /** all-MiniLM-L6-v2 and its quantized variant both give 384-d vectors. */
    private static final int DIMENSION = 384;

    @Produces
    @Singleton
    EmbeddingModel embeddingModel(IndexConfig config) {
        return EmbeddingModels.load(config.model());
    }

    @Produces
    @ApplicationScoped
    Embedder embedder(EmbeddingModel model, IndexConfig config) {
        return new Embedder(model, config.model());
    }

    @Produces
    @ApplicationScoped
    LuceneIndex luceneIndex(IndexConfig config) {
        return new LuceneIndex(config.dir(), config.model(), DIMENSION);
    }

    void close(@Disposes LuceneIndex index) {
        index.close();
    }

    @Produces
    @ApplicationScoped
    IndexStatus indexStatus() {
        return new IndexStatus();
    }

    @Produces
    @ApplicationScoped
    ArticleIndexer articleIndexer(LuceneIndex index, Chunker chunker, Embedder embedder) {
        return new ArticleIndexer(index, chunker, embedder);
    }
}
