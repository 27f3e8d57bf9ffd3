package dev.sourced.retrieval;

import java.util.List;

/**
 * How a hybrid search is run on any engine: how deep the BM25 and vector lists go and how they are fused. Each
 * retriever only fetches the two lists; this decides the rest, so the backends rank alike. Thread-safe.
 */
public final class HybridFusion {
    public static final String BM25 = "bm25";
    public static final String VECTOR = "vector";

    private final RankFusion.Method method;
    private final int rrfK;
    private final int candidates;
    private final int knnBeam;
    private final double bm25Weight;
    private final double vectorWeight;

    /**
     * @param rrfK the rank constant of reciprocal rank fusion
     * @param candidates how many hits each list contributes to the fusion
     * @param knnBeam how many neighbours the HNSW search collects before the best {@code candidates} are taken: a
     *     wider search finds the true nearest neighbours more often (recall) at a small cost
     * @param bm25Weight weight of the BM25 list in the fusion (the vector list weighs {@code vectorWeight})
     */
    public HybridFusion(
            RankFusion.Method method, int rrfK, int candidates, int knnBeam, double bm25Weight, double vectorWeight) {
        if (rrfK < 1) {
            throw new IllegalArgumentException("k must be positive");
        }
        this.method = method;
        this.rrfK = rrfK;
        this.candidates = candidates;
        this.knnBeam = knnBeam;
        this.bm25Weight = bm25Weight;
        this.vectorWeight = vectorWeight;
    }

    /** Hits each list is asked for when {@code k} are wanted. */
    public int perList(int k) {
        return Math.max(candidates, k);
    }

    /** Neighbours the HNSW search collects for a list of {@code perList} hits. */
    public int knnDepth(int perList) {
        return Math.max(perList, knnBeam);
    }

    /** The BM25 list, best first, with its engine's scores. */
    public <T> RankedList<T> bm25(List<RankFusion.Scored<T>> items) {
        return new RankedList<>(BM25, bm25Weight, false, items);
    }

    /** The vector list, best first, with cosines (see {@link #cosine(double)}). */
    public <T> RankedList<T> vector(List<RankFusion.Scored<T>> items) {
        return new RankedList<>(VECTOR, vectorWeight, true, items);
    }

    /** The best {@code k} of the fused lists, best first. */
    public <T> List<RankFusion.Fused<T>> top(List<RankedList<T>> lists, int k) {
        return RankFusion.fuse(method, rrfK, lists).stream().limit(k).toList();
    }

    /** Lucene and Solr score a cosine match as (1 + cos) / 2; fusion gets the cosine back, 0 for unrelated text. */
    public static double cosine(double score) {
        return 2 * score - 1;
    }
}
