package dev.sourced.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the ranked lists are gathered and fused. */
@ConfigMapping(prefix = "sourced.retrieval")
public interface RetrievalConfig {
    /** Hits each list contributes to the fusion. */
    @WithDefault("30")
    int candidates();

    /** The rank constant of reciprocal rank fusion. */
    @WithDefault("60")
    int rrfK();

    @WithDefault("1.0")
    double bm25Weight();

    @WithDefault("1.0")
    double vectorWeight();
}
