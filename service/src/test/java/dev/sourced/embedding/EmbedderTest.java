package dev.sourced.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmbedderTest {
    /** Each row: two unit vectors in 2-d and their normalised mean. */
    @ParameterizedTest(name = "mean of ({0},{1}) and ({2},{3})")
    @CsvSource(textBlock = """
            1, 0, 1, 0, 1,         0
            1, 0, 0, 1, 0.7071068, 0.7071068
            0.6, 0.8, 0.6, 0.8, 0.6, 0.8
            """)
    void aChunkVectorIsTheUnitMeanOfItsSentenceVectors(float ax, float ay, float bx, float by, float mx, float my) {
        assertArrayEquals(
                new float[] {mx, my}, Embedder.meanOf(List.of(new float[] {ax, ay}, new float[] {bx, by})), 1e-6f);
    }
}
