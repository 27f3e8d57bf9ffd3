package dev.sourced.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses ranked lists into one, as a pure function. Two methods:
 * <ul>
 *   <li>{@link Method#RRF}, weighted reciprocal rank fusion: an item scores the sum over lists of
 *       {@code weight / (k + rank)}. It needs no score calibration, but rewards consensus so strongly that a list's
 *       clear first hit loses to items both lists rank middling.</li>
 *   <li>{@link Method#CONVEX}, a weighted sum of scores normalised per list: scores of an unbounded list (BM25 has
 *       no fixed maximum) divided by the list's best, bounded ones (similarities, already in [0, 1]) as they are. A
 *       strong single-list match keeps its margin.</li>
 * </ul>
 */
public final class RankFusion {
    /** How scores are combined. */
    public enum Method {
        RRF,
        CONVEX
    }

    private RankFusion() {}

    /**
     * @param k the rank constant of RRF; 60 (Cormack et al.) keeps one list's top rank from drowning the other
     * @return the items of every list with their fused score and the names of the lists that found them, best first;
     *     ties keep first-seen order
     */
    public static <T> List<Fused<T>> fuse(Method method, int k, List<RankedList<T>> lists) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive");
        }
        Map<T, Fused<T>> fused = new LinkedHashMap<>();
        for (RankedList<T> list : lists) {
            double best = list.items().stream().mapToDouble(Scored::score).max().orElse(1);
            double scale = list.bounded() || best <= 0 ? 1 : best;
            for (int rank = 0; rank < list.items().size(); rank++) {
                Scored<T> item = list.items().get(rank);
                double contribution = method == Method.RRF
                        ? list.weight() / (k + rank + 1)
                        : list.weight() * Math.max(0, item.score()) / scale;
                fused.merge(item.item(), new Fused<>(item.item(), contribution, List.of(list.name())), Fused::plus);
            }
        }
        List<Fused<T>> ranked = new ArrayList<>(fused.values());
        ranked.sort(Comparator.comparingDouble(Fused<T>::score).reversed());
        return ranked;
    }

    /** An item of a ranked list and its score there. */
    public record Scored<T>(T item, double score) {}

    /** An item's fused score and the names of the lists it was found in. */
    public record Fused<T>(T item, double score, List<String> lists) {
        Fused<T> plus(Fused<T> other) {
            List<String> names = new ArrayList<>(lists);
            names.addAll(other.lists);
            return new Fused<>(item, score + other.score, List.copyOf(names));
        }
    }
}
