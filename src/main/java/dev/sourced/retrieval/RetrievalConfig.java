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
     * Neighbours the HNSW search collects before the best {@link #candidates()} are kept (recall against cost): 300
     * gives kNN recall@10 of 0.995 (ties counted) at 100k chunks for about 1.5 ms more than 100 (docs/performance.md).
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
