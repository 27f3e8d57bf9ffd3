package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinationTest {
    /** Each row: a sentence, the lists of its names ("/" between lists, "-" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moscow recognised two regions, Donetsk and Luhansk as independent.     | Donetsk and Luhansk
            Caucuses in Iowa, New Hampshire and Nevada come first.                 | Iowa, New Hampshire and Nevada
            United Airlines and Alaska Airlines found loose bolts.                 | United Airlines and Alaska Airlines
            Iowa votes first; New Hampshire follows.                               | -
            Biden met Macron in Paris with Scholz.                                 | -
            Smith & Wesson and Colt, Remington; Ruger and Glock.                   | Smith & Wesson and Colt / Ruger and Glock
            In his talks with Lavrov, Wang said so.                                | -
            "Oppenheimer," "Succession" and "The Bear" took the biggest categories. | "Oppenheimer," "Succession" and "The Bear"
            Shows like “Succession” and “The Bear” won.                            | “Succession” and “The Bear”
            “Give credit to Spagnuolo,” Kelce and Mahomes said.                    | Kelce and Mahomes
            """)
    void namesJoinedByCommasAndAndFormOneList(String sentence, String expected) {
        List<String> lists = Coordination.lists(sentence, Names.in(sentence)).stream()
                .map(Phrase::text)
                .toList();
        assertEquals(expected.equals("-") ? List.of() : List.of(expected.split(" / ")), lists);
    }

    @org.junit.jupiter.api.Test
    void aCountedListKeepsItsLastNames() {
        String sentence = "Moscow recognised two regions in eastern Ukraine, Donetsk and Luhansk as independent.";
        assertEquals(
                List.of("Donetsk and Luhansk"),
                Coordination.lists(sentence, Names.in(sentence), 2).stream()
                        .map(Phrase::text)
                        .toList());
        assertEquals(
                List.of("Ukraine, Donetsk and Luhansk"),
                Coordination.lists(sentence, Names.in(sentence), 0).stream()
                        .map(Phrase::text)
                        .toList());
    }
}
