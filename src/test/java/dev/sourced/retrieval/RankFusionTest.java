package dev.sourced.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankFusionTest {
    private final RankFusion fusion = new RankFusion(60);

    @Test
    void anItemFoundByBothListsBeatsOneFoundByOne() {
        List<RankFusion.Fused> fused = fusion.fuse(Map.of("bm25", List.of("a", "b"), "vector", List.of("c", "b")),
                Map.of());
        assertEquals("b", fused.getFirst().id());
        assertEquals(List.of("bm25", "vector"), fused.getFirst().lists().stream().sorted().toList());
        assertEquals(2 / 62.0, fused.getFirst().score(), 1e-12);
    }

    @Test
    void aHeavierListLeadsWhenTheListsDisagree() {
        List<RankFusion.Fused> fused = fusion.fuse(Map.of("bm25", List.of("a", "x"), "vector", List.of("b", "y")),
                Map.of("bm25", 1.0, "vector", 0.5));
        assertEquals(List.of("a", "x", "b", "y"), fused.stream().map(RankFusion.Fused::id).toList());
    }

    @Test
    void emptyListsFuseToNothing() {
        assertEquals(List.of(), fusion.fuse(Map.of("bm25", List.of(), "vector", List.of()), Map.of()));
    }
}
