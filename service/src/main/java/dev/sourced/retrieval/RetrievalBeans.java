package dev.sourced.retrieval;

import dev.sourced.corpus.Chunker;
import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.embedding.Embedder;
import dev.sourced.index.ArticleCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Wires how hybrid lists are fused, question search over whichever retriever the backend provides, and the look-up of
 * an article's other sentences through its catalog.
 */
@ApplicationScoped
public class RetrievalBeans {
    @Produces
    @ApplicationScoped
    HybridFusion hybridFusion(RetrievalConfig config) {
        return new HybridFusion(
                config.fusion(),
                config.rrfK(),
                config.candidates(),
                config.knnBeam(),
                config.bm25Weight(),
                config.vectorWeight());
    }

    @Produces
    @ApplicationScoped
    Search search(Retriever retriever, Embedder embedder, DuplicateGroups groups) {
        return new Search(retriever, embedder, groups);
    }

    @Produces
    @ApplicationScoped
    ArticleSentences articleSentences(ArticleCatalog catalog, Chunker chunker) {
        return new ArticleSentences(catalog, chunker);
    }
}
