package dev.sourced.retrieval;

import java.util.List;
import java.util.Map;

/**
 * How a hybrid search is run on any engine: how deep the BM25 and vector lists go and how they are fused. Each
 * retriever only fetches the two lists; this decides the rest, so the backends rank alike. Thread-safe.
 */
public final class HybridFusion {
    public static final String BM25 = "bm25";
    public static final String VECTOR = "vector";

    private final RankFusion fusion;
    private final Map<String, Double> weights;
    private final int candidates;
    private final int knnBeam;

    /**
     * @param candidates how many hits each list contributes to the fusion
     * @param knnBeam how many neighbours the HNSW search collects before the best {@code candidates} are taken: a
     *     wider search finds the true nearest neighbours more often (recall) at a small cost
     * @param bm25Weight weight of the BM25 list in the fusion (the vector list weighs {@code vectorWeight})
     */
    public HybridFusion(RankFusion fusion, int candidates, int knnBeam, double bm25Weight, double vectorWeight) {
        this.fusion = fusion;
        this.candidates = candidates;
        this.knnBeam = knnBeam;
        this.weights = Map.of(BM25, bm25Weight, VECTOR, vectorWeight);
    }

    /** Hits each list is asked for when {@code k} are wanted. */
    public int perList(int k) {
        return Math.max(candidates, k);
    }

    /** Neighbours the HNSW search collects for a list of {@code perList} hits. */
    public int knnDepth(int perList) {
        return Math.max(perList, knnBeam);
    }

    /** The best {@code k} of the fused lists (named {@link #BM25} and {@link #VECTOR}), best first. */
    public List<RankFusion.Fused> top(Map<String, List<RankFusion.Scored>> lists, int k) {
        return fusion.fuse(lists, weights, List.of(VECTOR)).stream().limit(k).toList();
    }

    /** Lucene and Solr score a cosine match as (1 + cos) / 2; fusion gets the cosine back, 0 for unrelated text. */
    public static double cosine(double score) {
        return 2 * score - 1;
    }
}
