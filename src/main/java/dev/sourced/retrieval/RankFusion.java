package dev.sourced.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses ranked lists into one. Two methods:
 * <ul>
 *   <li>{@link Method#RRF}, weighted reciprocal rank fusion: an item scores the sum over lists of
 *       {@code weight / (k + rank)}. It needs no score calibration, but rewards consensus so strongly that a list's
 *       clear first hit loses to items both lists rank middling.</li>
 *   <li>{@link Method#CONVEX}, a weighted sum of scores normalised per list: BM25 scores divided by the list's best
 *       (BM25 has no fixed maximum), similarities as they are (already in [0, 1]). A strong single-list match keeps
 *       its margin.</li>
 * </ul>
 * Thread-safe and stateless.
 */
public final class RankFusion {
    /** How scores are combined. */
    public enum Method { RRF, CONVEX }

    private final Method method;
    private final int k;

    /** @param k the rank constant of RRF; 60 (Cormack et al.) keeps one list's top rank from drowning the other */
    public RankFusion(Method method, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive");
        }
        this.method = method;
        this.k = k;
    }

    /**
     * @param lists ranked lists, best first, by list name
     * @param weights the weight of each list by the same names (1 when absent)
     * @param bounded names of lists whose scores already lie in [0, 1]; the others are divided by their best score
     * @return ids with their fused score and the lists that found them, best first; ties keep first-seen order
     */
    public List<Fused> fuse(Map<String, List<Scored>> lists, Map<String, Double> weights, List<String> bounded) {
        Map<String, Fused> fused = new LinkedHashMap<>();
        lists.forEach((name, items) -> {
            double weight = weights.getOrDefault(name, 1.0);
            double best = items.stream().mapToDouble(Scored::score).max().orElse(1);
            double scale = bounded.contains(name) || best <= 0 ? 1 : best;
            for (int rank = 0; rank < items.size(); rank++) {
                Scored item = items.get(rank);
                double contribution = method == Method.RRF ? weight / (k + rank + 1)
                        : weight * Math.max(0, item.score()) / scale;
                fused.merge(item.id(), new Fused(item.id(), contribution, List.of(name)), Fused::plus);
            }
        });
        List<Fused> ranked = new ArrayList<>(fused.values());
        ranked.sort(Comparator.comparingDouble(Fused::score).reversed());
        return ranked;
    }

    /** An item of a ranked list and its score there. */
    public record Scored(String id, double score) {}

    /** An item's fused score and the lists it was found in. */
    public record Fused(String id, double score, List<String> lists) {
        Fused plus(Fused other) {
            List<String> names = new ArrayList<>(lists);
            names.addAll(other.lists);
            return new Fused(id, score + other.score, List.copyOf(names));
        }
    }
}
