package dev.sourced.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires the index's readiness (the store itself is the backend's). */
@ApplicationScoped
public class IndexBeans {
    @Produces
    @ApplicationScoped
    IndexStatus indexStatus() {
        return new IndexStatus();
    }
}
