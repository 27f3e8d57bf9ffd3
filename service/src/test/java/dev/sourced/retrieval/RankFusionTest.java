package dev.sourced.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {
    private static final RankFusion.Method RRF = RankFusion.Method.RRF;
    private static final RankFusion.Method CONVEX = RankFusion.Method.CONVEX;

    private static RankedList<String> bm25(double weight, Object... idsAndScores) {
        return new RankedList<>("bm25", weight, false, items(idsAndScores));
    }

    private static RankedList<String> vector(double weight, Object... idsAndScores) {
        return new RankedList<>("vector", weight, true, items(idsAndScores));
    }

    private static List<RankFusion.Scored<String>> items(Object... idsAndScores) {
        List<RankFusion.Scored<String>> items = new ArrayList<>();
        for (int i = 0; i < idsAndScores.length; i += 2) {
            items.add(new RankFusion.Scored<>((String) idsAndScores[i], ((Number) idsAndScores[i + 1]).doubleValue()));
        }
        return items;
    }

    private static List<String> ids(List<RankFusion.Fused<String>> fused) {
        return fused.stream().map(RankFusion.Fused::item).toList();
    }

    @Test
    void rrfRanksAnItemFoundByBothListsAboveOnesFoundByOne() {
        List<RankFusion.Fused<String>> fused =
                RankFusion.fuse(RRF, 60, List.of(bm25(1, "a", 9, "b", 8), vector(1, "c", .9, "b", .8)));
        assertEquals("b", fused.getFirst().item());
        assertEquals(
                List.of("bm25", "vector"),
                fused.getFirst().lists().stream().sorted().toList());
        assertEquals(2 / 62.0, fused.getFirst().score(), 1e-12);
    }

    @Test
    void rrfLetsAHeavierListLeadWhenTheListsDisagree() {
        List<RankFusion.Fused<String>> fused =
                RankFusion.fuse(RRF, 60, List.of(bm25(1.0, "a", 2, "x", 1), vector(0.5, "b", .9, "y", .8)));
        assertEquals(List.of("a", "x", "b", "y"), ids(fused));
    }

    @Test
    void convexKeepsTheMarginOfAClearSingleListMatch() {
        // "a" is BM25's clear winner but unseen by vectors; "b" is middling in both.
        List<RankedList<String>> lists =
                List.of(bm25(1, "a", 20.0, "b", 6.0, "c", 5.0), vector(1, "d", 0.50, "b", 0.45, "c", 0.40));
        assertEquals("b", RankFusion.fuse(RRF, 60, lists).getFirst().item());
        List<RankFusion.Fused<String>> fused = RankFusion.fuse(CONVEX, 60, lists);
        assertEquals("a", fused.getFirst().item());
        assertEquals(1.0, fused.getFirst().score(), 1e-12, "BM25 is divided by its best score");
        assertEquals(
                6.0 / 20 + 0.45,
                fused.stream()
                        .filter(f -> f.item().equals("b"))
                        .findFirst()
                        .orElseThrow()
                        .score(),
                1e-12);
    }

    @Test
    void itemsAreComparedByValueNotByTheirTextualForm() {
        List<RankFusion.Fused<Integer>> fused = RankFusion.fuse(
                CONVEX,
                60,
                List.of(
                        new RankedList<>("bm25", 1, false, List.of(new RankFusion.Scored<>(7, 4.0))),
                        new RankedList<>("vector", 1, true, List.of(new RankFusion.Scored<>(7, 0.5)))));
        assertEquals(1, fused.size());
        assertEquals(7, fused.getFirst().item());
        assertEquals(1.5, fused.getFirst().score(), 1e-12);
    }

    @Test
    void emptyListsFuseToNothing() {
        assertEquals(List.of(), RankFusion.fuse(CONVEX, 60, List.of(bm25(1), vector(1))));
    }

    @Test
    void theRankConstantMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> RankFusion.fuse(RRF, 0, List.of(bm25(1, "a", 1))));
    }
}
