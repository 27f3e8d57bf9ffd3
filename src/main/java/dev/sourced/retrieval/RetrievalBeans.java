package dev.sourced.retrieval;

import dev.sourced.index.Embedder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires question search over whichever retriever the backend provides. */
@ApplicationScoped
public class RetrievalBeans {
    @Produces
    @ApplicationScoped
    Search search(Retriever retriever, Embedder embedder) {
        return new Search(retriever, embedder);
    }
}
