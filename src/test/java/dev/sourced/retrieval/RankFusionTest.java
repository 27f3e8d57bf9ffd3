package dev.sourced.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankFusionTest {
    private final RankFusion rrf = new RankFusion(RankFusion.Method.RRF, 60);
    private final RankFusion convex = new RankFusion(RankFusion.Method.CONVEX, 60);

    private static List<RankFusion.Scored> list(Object... idsAndScores) {
        List<RankFusion.Scored> items = new java.util.ArrayList<>();
        for (int i = 0; i < idsAndScores.length; i += 2) {
            items.add(new RankFusion.Scored((String) idsAndScores[i], ((Number) idsAndScores[i + 1]).doubleValue()));
        }
        return items;
    }

    @Test
    void rrfRanksAnItemFoundByBothListsAboveOnesFoundByOne() {
        List<RankFusion.Fused> fused = rrf.fuse(Map.of("bm25", list("a", 9, "b", 8), "vector", list("c", .9, "b", .8)),
                Map.of(), List.of("vector"));
        assertEquals("b", fused.getFirst().id());
        assertEquals(List.of("bm25", "vector"), fused.getFirst().lists().stream().sorted().toList());
        assertEquals(2 / 62.0, fused.getFirst().score(), 1e-12);
    }

    @Test
    void rrfLetsAHeavierListLeadWhenTheListsDisagree() {
        List<RankFusion.Fused> fused = rrf.fuse(Map.of("bm25", list("a", 2, "x", 1), "vector", list("b", .9, "y", .8)),
                Map.of("bm25", 1.0, "vector", 0.5), List.of("vector"));
        assertEquals(List.of("a", "x", "b", "y"), fused.stream().map(RankFusion.Fused::id).toList());
    }

    @Test
    void convexKeepsTheMarginOfAClearSingleListMatch() {
        // "a" is BM25's clear winner but unseen by vectors; "b" is middling in both.
        Map<String, List<RankFusion.Scored>> lists = Map.of(
                "bm25", list("a", 20.0, "b", 6.0, "c", 5.0),
                "vector", list("d", 0.50, "b", 0.45, "c", 0.40));
        assertEquals("b", rrf.fuse(lists, Map.of(), List.of("vector")).getFirst().id());
        List<RankFusion.Fused> fused = convex.fuse(lists, Map.of(), List.of("vector"));
        assertEquals("a", fused.getFirst().id());
        assertEquals(1.0, fused.getFirst().score(), 1e-12, "BM25 is divided by its best score");
        assertEquals(6.0 / 20 + 0.45, fused.stream().filter(f -> f.id().equals("b")).findFirst().orElseThrow().score(),
                1e-12);
    }

    @Test
    void emptyListsFuseToNothing() {
        assertEquals(List.of(), convex.fuse(Map.of("bm25", List.of(), "vector", List.of()), Map.of(), List.of()));
    }
}
