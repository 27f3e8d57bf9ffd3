package dev.sourced.index;

import dev.sourced.corpus.Chunker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the embedding model and the indexer from configuration (the store itself depends on the backend). */
@ApplicationScoped
public class IndexBeans {
    @Produces
    @Singleton
    EmbeddingModel embeddingModel(IndexConfig config) {
        return EmbeddingModels.load(config.model(),
                config.modelCache().orElseGet(() -> config.dir().toAbsolutePath().resolveSibling("models")));
    }

    @Produces
    @ApplicationScoped
    Embedder embedder(EmbeddingModel model, IndexConfig config) {
        return new Embedder(model, config.model());
    }

    @Produces
    @ApplicationScoped
    IndexStatus indexStatus() {
        return new IndexStatus();
    }

    @Produces
    @ApplicationScoped
    ArticleIndexer articleIndexer(ArticleStore index, Chunker chunker, Embedder embedder) {
        return new ArticleIndexer(index, chunker, embedder);
    }
}
