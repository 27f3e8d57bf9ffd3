package dev.sourced.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.Provenance;
import dev.sourced.index.CopyMarks;
import dev.sourced.index.IndexedArticle;
import dev.sourced.index.Origin;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which copy stands for a group, and how groups follow writes, removals and restarts. */
class DuplicateGroupsTest {
    private static final String STORY = CopyDetectionTest.WIRE;
    private static final LocalDate MONDAY = LocalDate.of(2022, 2, 21);

    static Stream<Arguments> representatives() {
        return Stream.of(
                Arguments.of("the earliest", List.of(), "cnn-1"),
                Arguments.of("the preferred source", List.of("usatoday"), "usatoday-1"),
                Arguments.of(
                        "the first preferred source present", List.of("reuters", "theweek", "usatoday"), "theweek-1"),
                Arguments.of("preferred regardless of case", List.of("TheWeek"), "theweek-1"),
                Arguments.of("the earliest when no preferred source is in the group", List.of("reuters"), "cnn-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("representatives")
    void aGroupIsShownByItsRepresentative(String name, List<String> preferred, String representative) {
        DuplicateGroups groups = new DuplicateGroups(0.5, new Representatives(preferred));
        write(groups, "usatoday-1", MONDAY.plusDays(2), STORY + " Updated.");
        write(groups, "cnn-1", MONDAY, STORY);
        write(groups, "theweek-1", MONDAY.plusDays(1), "(Reuters) - " + STORY);
        write(groups, "cnn-2", MONDAY, CopyDetectionTest.CALL_A);
        Groups.Group group = groups.current().of("cnn-1").orElseThrow();
        assertEquals(representative, group.representative(), name);
        assertEquals(3, group.members().size());
        assertEquals(Optional.empty(), groups.current().of("cnn-2"));
        assertEquals(
                group.members().stream().filter(id -> !id.equals("usatoday-1")).toList(),
                groups.current().othersOf("usatoday-1"));
    }

    @Test
    void anArticlesOutletIsTheOneItsMetadataNamesElseItsIdsFirstWord() {
        assertEquals("reuters", Member.sourceOf("reuters-2022-03-01-ukraine-talks", null));
        assertEquals("usatoday", Member.sourceOf("usatoday_1", " "));
        assertEquals("USA Today", Member.sourceOf("wire-1", " USA Today "));
    }

    @Test
    void thePreferredSourceIsMatchedAgainstTheOutletTheMetadataNames() {
        DuplicateGroups groups = new DuplicateGroups(0.5, new Representatives(List.of("usa today", "cnn")));
        write(groups, "cnn-1", MONDAY, STORY);
        Article fromUsaToday = new Article(
                "wire-7",
                "wire-7",
                MONDAY.plusDays(2),
                STORY + " Updated.",
                0,
                new Provenance("USA Today", null, null));
        groups.written(fromUsaToday, Fingerprint.of(fromUsaToday), null);
        assertEquals("wire-7", groups.current().of("cnn-1").orElseThrow().representative());

        groups.load(List.of(
                stored("cnn-1", MONDAY, STORY, null, null),
                stored("wire-7", MONDAY.plusDays(2), STORY + " Updated.", null, "USA Today")));
        assertEquals("wire-7", groups.current().of("cnn-1").orElseThrow().representative());
    }

    @Test
    void undatedCopiesComeLastAndTiesGoToTheSmallestId() {
        DuplicateGroups groups = new DuplicateGroups(0.5, new Representatives(List.of()));
        write(groups, "b-1", null, STORY);
        write(groups, "c-1", MONDAY, STORY + " More.");
        write(groups, "a-1", MONDAY, "(AP) " + STORY);
        assertEquals(
                List.of("a-1", "c-1", "b-1"), groups.current().all().getFirst().members());
    }

    @Test
    void removingTheRepresentativePromotesTheNextAndALoneArticleLeavesItsGroup() {
        DuplicateGroups groups = new DuplicateGroups(0.5, new Representatives(List.of()));
        write(groups, "a-1", MONDAY, STORY);
        write(groups, "b-1", MONDAY.plusDays(1), STORY + " More.");
        write(groups, "c-1", MONDAY.plusDays(2), "(AP) " + STORY);
        groups.removed("a-1");
        assertEquals("b-1", groups.current().of("c-1").orElseThrow().representative());
        groups.removed("b-1");
        assertTrue(groups.current().isEmpty());
    }

    @Test
    void aRewrittenArticleLeavesTheGroupItNoLongerCopies() {
        DuplicateGroups groups = new DuplicateGroups(0.5, new Representatives(List.of()));
        write(groups, "a-1", MONDAY, STORY);
        write(groups, "b-1", MONDAY, STORY);
        write(groups, "b-1", MONDAY, CopyDetectionTest.CALL_B);
        assertTrue(groups.current().isEmpty());
    }

    @Test
    void exactCopiesAreFoundByBodyAndTheirOriginalsKnowThem() {
        DuplicateGroups groups = new DuplicateGroups(0.5, new Representatives(List.of()));
        write(groups, "a-1", MONDAY, STORY);
        Fingerprint same = Fingerprint.of(new Article("b-1", "Other title", MONDAY, "\n" + STORY + "\n", 0));
        assertEquals(Optional.of("a-1"), groups.sameBodyAs("b-1", same));
        assertEquals(Optional.empty(), groups.sameBodyAs("a-1", same));
        groups.written(new Article("b-1", "b-1", MONDAY, STORY, 0), same, "a-1");
        assertEquals(List.of("b-1"), groups.copiesOf("a-1"));
        assertEquals(
                List.of("a-1", "b-1"), groups.current().of("b-1").orElseThrow().members());
        // A stored copy is never the original of another copy.
        assertEquals(Optional.of("a-1"), groups.sameBodyAs("c-1", same));
    }

    @Test
    void groupsAreRebuiltFromTheFingerprintsTheIndexStores() {
        DuplicateGroups groups = new DuplicateGroups(0.5, new Representatives(List.of()));
        write(groups, "stale-1", MONDAY, STORY);
        groups.load(List.of(
                stored("a-1", MONDAY, STORY, null),
                stored("b-1", MONDAY.plusDays(1), STORY, "a-1"),
                stored("c-1", MONDAY, CopyDetectionTest.CALL_A, null),
                new IndexedArticle("old-1", "old-1", MONDAY, 10, "h", 1, Origin.CORPUS, CopyMarks.NONE, null)));
        assertEquals(1, groups.current().all().size());
        assertEquals(List.of("a-1", "b-1"), groups.current().all().getFirst().members());
        assertEquals(List.of("b-1"), groups.copiesOf("a-1"));
    }

    private static void write(DuplicateGroups groups, String id, LocalDate date, String text) {
        Article article = new Article(id, id, date, text, 0);
        groups.written(article, Fingerprint.of(article), null);
    }

    private static IndexedArticle stored(String id, LocalDate date, String text, String copyOf) {
        return stored(id, date, text, copyOf, null);
    }

    private static IndexedArticle stored(String id, LocalDate date, String text, String copyOf, String outlet) {
        byte[] fingerprint = Fingerprint.of(new Article(id, id, date, text, 0)).encode();
        return new IndexedArticle(
                id,
                id,
                date,
                text.length(),
                "h",
                copyOf == null ? 3 : 0,
                Origin.CORPUS,
                new CopyMarks(fingerprint, copyOf),
                outlet);
    }
}
