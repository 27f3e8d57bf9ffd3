package dev.sourced.retrieval;

import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.embedding.Embedder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires how hybrid lists are fused, and question search over whichever retriever the backend provides. */
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
}
