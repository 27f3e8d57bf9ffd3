package dev.sourced.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Span;
import dev.sourced.duplicates.Groups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One entry per group of copies in a result list, the representative's passage shown when found. */
class CopyCollapseTest {
    private static final Groups GROUPS = new Groups(List.of(
            new Groups.Group("wire-1", List.of("wire-1", "cnn-1", "usatoday-1")),
            new Groups.Group("cnn-7", List.of("cnn-7", "theweek-7"))));

    /** Each case: ranked hits as "article#chunk", k, and the expected list as "article#chunk". */
    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("no copies: unchanged", "a#0 b#0 c#0", 3, "a#0 b#0 c#0"),
                Arguments.of("no copies: cut to k", "a#0 b#0 c#0", 2, "a#0 b#0"),
                Arguments.of("the representative first", "wire-1#0 cnn-1#0 a#0", 2, "wire-1#0 a#0"),
                Arguments.of(
                        "a copy ranked first takes the place, the representative's passage is shown",
                        "cnn-1#0 a#0 wire-1#3 usatoday-1#0 b#0",
                        3,
                        "wire-1#3 a#0 b#0"),
                Arguments.of(
                        "the representative found far less well: the copy that matched is shown",
                        "cnn-1#0@2.0 a#0@1.9 wire-1#3@1.0 b#0@0.5",
                        3,
                        "cnn-1#0 a#0 b#0"),
                Arguments.of(
                        "the representative not found: the best-ranked member is shown",
                        "usatoday-1#2 cnn-1#0 a#0",
                        5,
                        "usatoday-1#2 a#0"),
                Arguments.of(
                        "another passage of the shown article keeps its rank",
                        "wire-1#0 cnn-1#0 wire-1#4 a#0",
                        5,
                        "wire-1#0 wire-1#4 a#0"),
                Arguments.of(
                        "two groups, one entry each",
                        "theweek-7#0 cnn-1#1 cnn-7#0 wire-1#0 a#0",
                        5,
                        "cnn-7#0 wire-1#0 a#0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void eachGroupTakesOnePlace(String name, String ranked, int k, String expected) {
        List<Hit> collapsed = CopyCollapse.collapse(hits(ranked), GROUPS, k);
        assertEquals(
                expected,
                String.join(" ", collapsed.stream().map(h -> h.chunk().id()).toList()),
                name);
    }

    @Test
    void theShownHitNamesTheOtherMembersAndCarriesTheirPassages() {
        List<Hit> collapsed = CopyCollapse.collapse(hits("cnn-1#0 a#0 wire-1#3 usatoday-1#0 cnn-1#5"), GROUPS, 5);
        Hit shown = collapsed.getFirst();
        assertEquals("wire-1", shown.articleId());
        assertEquals(List.of("cnn-1", "usatoday-1"), shown.alsoPublishedBy());
        assertEquals(
                List.of("cnn-1#0", "usatoday-1#0", "cnn-1#5"),
                shown.copies().stream().map(h -> h.chunk().id()).toList());
        // The group keeps the place and score of its best passage.
        assertEquals(1.0, shown.score());
        assertEquals(List.of(), collapsed.get(1).alsoPublishedBy());
    }

    /** Hits in rank order, "article#chunk" scored 1.0 less 0.01 a rank, or "article#chunk@score". */
    private static List<Hit> hits(String ranked) {
        List<Hit> hits = new ArrayList<>();
        List<String> tokens = Arrays.asList(ranked.split(" "));
        for (int i = 0; i < tokens.size(); i++) {
            String[] parts = tokens.get(i).split("@");
            String article = parts[0].substring(0, parts[0].indexOf('#'));
            double score = parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0 - i * 0.01;
            Chunk chunk = new Chunk(parts[0], article, 0, 4, "text", List.of(new Span(0, 4)));
            hits.add(new Hit(chunk, article, null, score, List.of("bm25"), List.of(new float[] {1})));
        }
        return hits;
    }
}
