package dev.sourced.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the ranked lists are gathered and fused. */
@ConfigMapping(prefix = "sourced.retrieval")
public interface RetrievalConfig {
    /** Hits each list contributes to the fusion. */
    @WithDefault("30")
    int candidates();

    /**
     * Neighbours the HNSW search collects before the best {@link #candidates()} are kept (recall against cost); the
     * default's recall and cost are measured in docs/performance.md.
     */
    @WithDefault("300")
    int knnBeam();

    /**
     * {@code convex} (weighted sum of normalised scores) or {@code rrf} (reciprocal rank fusion). Convex is the
     * default because it kept BM25's clear single-list winners that RRF demoted (docs/evaluation.md).
     */
    @WithDefault("convex")
    RankFusion.Method fusion();

    /** The rank constant of reciprocal rank fusion. */
    @WithDefault("60")
    int rrfK();

    @WithDefault("1.0")
    double bm25Weight();

    @WithDefault("1.0")
    double vectorWeight();
}
