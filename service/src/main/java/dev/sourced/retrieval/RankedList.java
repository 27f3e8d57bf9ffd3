package dev.sourced.retrieval;

import java.util.List;

/**
 * One ranked list to fuse: its name (reported with each hit it found), its weight in the fusion, whether its scores
 * already lie in [0, 1], and its items, best first.
 */
public record RankedList<T>(String name, double weight, boolean bounded, List<RankFusion.Scored<T>> items) {
    public RankedList {
        items = List.copyOf(items);
    }
}
