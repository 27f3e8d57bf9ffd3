package dev.sourced.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the configured embedding model. */
@ApplicationScoped
public class EmbeddingBeans {
    @Produces
    @Singleton
    EmbeddingModel embeddingModel(EmbeddingConfig config) {
        return EmbeddingModels.load(
                config.model(), config.modelCache().toAbsolutePath().normalize());
    }

    @Produces
    @ApplicationScoped
    Embedder embedder(EmbeddingModel model, EmbeddingConfig config) {
        return new Embedder(model, config.model());
    }
}
