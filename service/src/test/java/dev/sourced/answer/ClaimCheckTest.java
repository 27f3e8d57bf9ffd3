package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimCheckTest {
    private static final Citation AMBASSADOR = citation(
            1,
            "China's Ambassador to the United Nations Zhang Jun said"
                    + " Beijing was wary. As of Thursday, a total of 64 South Koreans were in the region.");
    private static final Citation OTHER = citation(2, "Wang Yi spoke with Antony Blinken on Tuesday.");
    private static final Map<Integer, Citation> CITED = Map.of(1, AMBASSADOR, 2, OTHER);

    /** Each row: a sentence of a model's answer, whether the passages it cites support it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zhang Jun is China's ambassador to the United Nations [1].   | true
            Li Wei is China's ambassador to the United Nations [1].      | false
            Zhang Jun is China's ambassador to the United Nations [2].   | false
            Zhang Jun is China's ambassador to the United Nations [2][1]. | true
            Zhang Jun is China's ambassador to the United Nations.       | false
            A total of 64 South Koreans were in the region [1].          | true
            A total of 65 South Koreans were in the region [1].          | false
            As of Friday, 64 South Koreans were in the region [1].       | false
            The ambassador said Beijing was wary [1].                    | true
            The ambassador said Beijing was wary [3].                    | false
            """)
    void aSentenceIsSupportedWhenThePassagesItCitesStateItsNamesAndFigures(String sentence, boolean supported) {
        assertEquals(supported, ClaimCheck.supported(sentence, CITED));
    }

    @Test
    void unsupportedSentencesAreRemovedCountedAndTheMarkersLeftRenumbered() {
        Answer answer = new Answer(
                "Li Wei leads the mission [1]. Zhang Jun is the ambassador [2]. Wang Yi spoke with Blinken [3].",
                true,
                List.of(citation(1, OTHER.text()), citation(2, AMBASSADOR.text()), citation(3, OTHER.text())),
                "llm",
                null);
        Answer checked = ClaimCheck.check(answer);
        assertEquals("Zhang Jun is the ambassador [1]. Wang Yi spoke with Blinken [2].", checked.text());
        assertEquals(1, checked.removedSentences());
        assertEquals(
                List.of(1, 2), checked.citations().stream().map(Citation::n).toList());
        assertEquals(AMBASSADOR.text(), checked.citations().getFirst().text());
    }

    @Test
    void anAnswerWithNoSupportedSentenceIsNoAnswer() {
        assertNull(ClaimCheck.check(
                new Answer("Li Wei leads the mission [1].", true, List.of(citation(1, OTHER.text())), "llm", null)));
    }

    private static Citation citation(int n, String text) {
        return new Citation(n, "a" + n, "title", "a" + n + "#0", text, 0, text.length(), 1.0);
    }
}
