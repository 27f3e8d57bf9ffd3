package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodesTest {
    /** Each row: the kind a question asks the number of, a name, whether the name is a code of that kind. */
    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = '|', textBlock = """
            flight | Flight 1282        | true
            flight | Alaska Airlines    | false
            flight | Boeing 737 Max 9   | false
            flight | 737 Max            | false
            flight | EK430              | true
            bill   | SB 264             | true
            bill   | House Bill 1557    | true
            jersey | No 32              | true
            """)
    void aCodeHoldsADigitAndWritesItsKindOrOpensWithCapitals(String kind, String name, boolean code) {
        assertEquals(code, Codes.isCodeOf(kind, new Phrase(0, name.length(), name)));
    }
}
