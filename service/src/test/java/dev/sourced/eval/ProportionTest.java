package dev.sourced.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionTest {
    /** Reference values of the Wilson score interval at 95%, as statistics texts tabulate them. */
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(textBlock = """
            14, 34, '14/34 = 0.41 [0.26, 0.58]'
            23, 24, '23/24 = 0.96 [0.80, 0.99]'
            4,  4,  '4/4 = 1.00 [0.51, 1.00]'
            0,  10, '0/10 = 0.00 [0.00, 0.28]'
            0,  28, '0/28 = 0.00 [0.00, 0.12]'
            28, 28, '28/28 = 1.00 [0.88, 1.00]'
            0,  0,  '0/0 = n/a'
            """)
    void ratesCarryTheirWilsonInterval(long count, long total, String printed) {
        assertEquals(printed, new Proportion(count, total).toString());
    }

    @Test
    void aCountAboveItsTotalIsNoProportion() {
        assertThrows(IllegalArgumentException.class, () -> new Proportion(5, 4));
    }
}
