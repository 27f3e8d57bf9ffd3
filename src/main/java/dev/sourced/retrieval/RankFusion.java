package dev.sourced.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion: an item's score is the sum over lists of {@code weight / (k + rank)}. Ranks,
 * not raw scores, are fused because BM25 scores and cosines live on unrelated scales; k = 60 (Cormack et al.) keeps
 * one list's top rank from drowning the other's. The weights let the stronger list lead: plain RRF of a weaker and
 * a stronger list ranks between them.
 */
public final class RankFusion {
    private final int k;

    public RankFusion(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive");
        }
        this.k = k;
    }

    /**
     * @param lists ranked lists of item ids, best first, by list name
     * @param weights the weight of each list by the same names
     * @return ids with their fused score and the lists that found them, best first; ties keep first-seen order
     */
    public List<Fused> fuse(Map<String, List<String>> lists, Map<String, Double> weights) {
        Map<String, Fused> fused = new LinkedHashMap<>();
        lists.forEach((name, ids) -> {
            double weight = weights.getOrDefault(name, 1.0);
            for (int rank = 0; rank < ids.size(); rank++) {
                double contribution = weight / (k + rank + 1);
                fused.merge(ids.get(rank), new Fused(ids.get(rank), contribution, List.of(name)), Fused::plus);
            }
        });
        List<Fused> ranked = new ArrayList<>(fused.values());
        ranked.sort(Comparator.comparingDouble(Fused::score).reversed());
        return ranked;
    }

    /** An item's fused score and the lists it was found in. */
    public record Fused(String id, double score, List<String> lists) {
        Fused plus(Fused other) {
            List<String> names = new ArrayList<>(lists);
            names.addAll(other.lists);
            return new Fused(id, score + other.score, List.copyOf(names));
        }
    }
}
