package dev.sourced.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.corpus.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which pairs of articles copy detection groups, over the bundled articles (five reports of one week's news). */
class CopyDetectionTest {
    static final String WIRE = bundled("001_cac66bdd6cab3789.txt");
    static final String CALL_A = bundled("000_ac86cc53e555919c.txt");
    static final String CALL_B = bundled("002_946a9d55d64ebcad.txt");
    static final String SHORT =
            "Finland's parliament voted 184 to 7 on Tuesday to apply for NATO membership, ending decades of military"
                    + " non-alignment. The vote followed Sweden's decision a day earlier.";

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("identical text", WIRE, WIRE, true),
                Arguments.of("identical but for spacing", WIRE, WIRE.replace("\n\n", "\n \n") + "\n", true),
                Arguments.of("one changed word", WIRE, WIRE.replaceFirst("restraint", "calm"), true),
                Arguments.of(
                        "an inserted sentence",
                        WIRE,
                        WIRE.replaceFirst("\\. ", ". Officials did not immediately respond to a request for comment. "),
                        true),
                Arguments.of("another byline", WIRE, "By Jane Doe, Example Times\n\n" + WIRE.substring(10), true),
                Arguments.of(
                        "a credit line added", WIRE, WIRE + "\n\n(Reporting by the agency; editing by staff)", true),
                Arguments.of("a corrected figure", SHORT, SHORT.replace("184", "188"), true),
                Arguments.of("a changed name", SHORT, SHORT.replace("Sweden", "Norway"), true),
                Arguments.of(
                        "several edits at once",
                        WIRE,
                        "(Reuters) - " + WIRE.replaceFirst("restraint", "calm").replaceFirst("Monday", "Tuesday"),
                        true),
                Arguments.of("two reports of the same phone call", CALL_A, CALL_B, false),
                Arguments.of("two stories of the same crisis", WIRE, CALL_A, false),
                Arguments.of(
                        "short stories on one topic",
                        SHORT,
                        "Sweden's government said on Monday it would apply for NATO membership, a day before Finland's"
                                + " parliament voted on the same question.",
                        false),
                Arguments.of("a three-word text repeated", "Markets closed higher.", "Markets closed higher.", true),
                Arguments.of("texts without words", "—", "…", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void lightEditsAreGroupedAndDifferentStoriesAreNot(String name, String a, String b, boolean grouped) {
        DuplicateGroups groups = groups(0.5);
        groups.written(article("a-1", a), Fingerprint.of(article("a-1", a)), null);
        groups.written(article("b-1", b), Fingerprint.of(article("b-1", b)), null);
        assertEquals(grouped, !groups.current().isEmpty(), name);
    }

    static Stream<Arguments> thresholds() {
        return Stream.of(
                Arguments.of(0.5, UnaryOperator.<String>identity(), true),
                Arguments.of(1.0, UnaryOperator.<String>identity(), true),
                Arguments.of(0.5, (UnaryOperator<String>) s -> s.replace("184", "188"), true),
                // One changed word in a 24-word text leaves about 3 of 25 shingles different: below 0.95, above 0.5.
                Arguments.of(0.95, (UnaryOperator<String>) s -> s.replace("184", "188"), false),
                Arguments.of(0.3, (UnaryOperator<String>) s -> CALL_A, false));
    }

    @ParameterizedTest(name = "threshold {0}")
    @MethodSource("thresholds")
    void theThresholdDecides(double threshold, UnaryOperator<String> edit, boolean grouped) {
        DuplicateGroups groups = groups(threshold);
        groups.written(article("a-1", SHORT), Fingerprint.of(article("a-1", SHORT)), null);
        String copy = edit.apply(SHORT);
        groups.written(article("b-1", copy), Fingerprint.of(article("b-1", copy)), null);
        assertEquals(grouped, !groups.current().isEmpty());
    }

    @Test
    void theEstimateIsCloseToTheTrueJaccardSimilarity() {
        Random random = new Random(7);
        for (String text : List.of(WIRE, CALL_A, CALL_B)) {
            Article original = article("a-1", text);
            for (int i = 0; i < 5; i++) {
                Article copy = PlantedCopies.copy(original, "b-" + i, random, 1);
                double estimate = Fingerprint.of(original).similarity(Fingerprint.of(copy));
                double exact = jaccard(Shingles.of(text), Shingles.of(copy.text()));
                assertEquals(exact, estimate, 0.15, "estimate " + estimate + " for " + exact);
            }
        }
        assertTrue(Fingerprint.of(article("a-1", CALL_A)).similarity(Fingerprint.of(article("b-1", CALL_B))) < 0.2);
    }

    @Test
    void onlyTheBodyCounts() {
        Article withHeader = new Article("a-1", "A title", null, "# A title\n\n" + WIRE, 11);
        Article bodyOnly = new Article("b-1", "Another title", null, WIRE, 0);
        assertTrue(Fingerprint.of(withHeader).sameBody(Fingerprint.of(bodyOnly)));
        assertFalse(Fingerprint.of(withHeader).sameBody(Fingerprint.of(article("c-1", CALL_A))));
    }

    @Test
    void aFingerprintReadsBackAsWritten() {
        Fingerprint fingerprint = Fingerprint.of(article("a-1", WIRE));
        assertEquals(fingerprint, Fingerprint.decode(fingerprint.encode()));
        Fingerprint blank = Fingerprint.of(article("a-1", "—"));
        assertTrue(blank.blank());
        assertEquals(blank, Fingerprint.decode(blank.encode()));
    }

    static DuplicateGroups groups(double threshold) {
        return new DuplicateGroups(threshold, new Representatives(List.of()));
    }

    static Article article(String id, String text) {
        return new Article(id, id, null, text, 0);
    }

    private static double jaccard(long[] a, long[] b) {
        long shared =
                LongStream.of(a).filter(x -> Arrays.binarySearch(b, x) >= 0).count();
        return (double) shared / (a.length + b.length - shared);
    }

    static String bundled(String file) {
        try (InputStream in = CopyDetectionTest.class.getResourceAsStream("/corpus/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
