package dev.sourced.retrieval;

import dev.sourced.index.Embedder;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.LuceneIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires the retriever and the vocabulary over the embedded index. */
@ApplicationScoped
public class RetrievalBeans {
    @Produces
    @ApplicationScoped
    LuceneVocabulary vocabulary(LuceneIndex index) {
        return new LuceneVocabulary(index);
    }

    @Produces
    @ApplicationScoped
    Retriever retriever(LuceneIndex index, IndexStatus status, LuceneVocabulary vocabulary, RetrievalConfig config) {
        return new LuceneHybridRetriever(index, status, vocabulary, new RankFusion(config.fusion(), config.rrfK()),
                config.candidates(), config.knnBeam(), config.bm25Weight(), config.vectorWeight());
    }

    @Produces
    @ApplicationScoped
    Search search(Retriever retriever, Embedder embedder) {
        return new Search(retriever, embedder);
    }
}
