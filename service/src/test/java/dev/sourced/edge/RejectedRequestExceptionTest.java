package dev.sourced.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RejectedRequestExceptionTest {
    @ParameterizedTest
    @CsvSource({"0, 0, ''", "1, 1, ''", "100, 100, ''", "101, 100, …", "5000, 100, …"})
    void aCallersTextIsEchoedWholeUpToAHundredCharactersAndCutShortWithAnEllipsisBeyond(
            int length, int kept, String mark) {
        String text = "x".repeat(length);
        assertEquals("x".repeat(kept) + mark, RejectedRequestException.echoed(text));
    }
}
