package dev.sourced.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourced.corpus.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HighlightRangesTest {
    /** The ranges an address names in a text of 100 characters, written as "start-end ...". */
    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("one range", List.of("4-9"), "4-9"),
                Arguments.of("the whole text", List.of("0-100"), "0-100"),
                Arguments.of("spaces around it", List.of(" 4-9 "), "4-9"),
                Arguments.of("several, comma-separated", List.of("30-40,4-9"), "4-9 30-40"),
                Arguments.of("several, repeated", List.of("30-40", "4-9"), "4-9 30-40"),
                Arguments.of("overlapping ones joined", List.of("4-20,10-30"), "4-30"),
                Arguments.of("one inside another", List.of("4-30,10-12"), "4-30"),
                Arguments.of("touching ones joined", List.of("4-10,10-20"), "4-20"),
                Arguments.of("a gap of one kept", List.of("4-10,11-20"), "4-10 11-20"),
                Arguments.of("the same twice", List.of("4-9", "4-9"), "4-9"),
                Arguments.of("past the end", List.of("90-101"), ""),
                Arguments.of("far past the end", List.of("4-9999999999"), ""),
                Arguments.of("more digits than an offset has", List.of("4-99999999999"), ""),
                Arguments.of("empty", List.of("9-9"), ""),
                Arguments.of("reversed", List.of("9-4"), ""),
                Arguments.of("negative", List.of("-4-9"), ""),
                Arguments.of("no end", List.of("4-"), ""),
                Arguments.of("one number", List.of("4"), ""),
                Arguments.of("not numbers", List.of("a-b"), ""),
                Arguments.of("markup", List.of("<script>alert(1)</script>"), ""),
                Arguments.of("nothing", List.of(""), ""),
                Arguments.of("no parameter", List.of(), ""),
                Arguments.of("the good ones among bad ones", List.of("x,4-9,,9-4", "200-300", "50-60"), "4-9 50-60"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    void keepsTheRangesThatFitTheTextInOrderAndJoined(String name, List<String> values, String expected) {
        assertEquals(spans(expected), HighlightRanges.parse(values, 100));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    void aMissingValueIsLikeNone(String name, List<String> values, String expected) {
        List<String> withNull = new ArrayList<>(values);
        withNull.add(null);
        assertEquals(spans(expected), HighlightRanges.parse(withNull, 100));
    }

    private static List<Span> spans(String written) {
        return Arrays.stream(written.split(" "))
                .filter(s -> !s.isEmpty())
                .map(s -> new Span(
                        Integer.parseInt(s.substring(0, s.indexOf('-'))),
                        Integer.parseInt(s.substring(s.indexOf('-') + 1))))
                .toList();
    }
}
