package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassageContextTest {

    /**
     * Each row: a question, a passage (under the title "Storm news"), a word and whether the context's words hold it:
     * base forms without periods, the capitalised parts of a hyphenated compound, the title's words.
     */
    @ParameterizedTest(name = "{1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Who spoke?  | China ended its zero-Covid policy.      | covid   | true
            Who spoke?  | The Moscow-backed leader spoke.         | moscow  | true
            Who spoke?  | An X-ray showed the 11-year-old's arm.  | ray     | false
            Who spoke?  | An X-ray showed the 11-year-old's arm.  | x-ray   | true
            Who spoke?  | The U.S. Navy said so.                  | us      | true
            Who spoke?  | Biden's aide spoke.                     | biden   | true
            Who spoke?  | The aide spoke.                         | storm   | true
            Who spoke?  | The aide spoke.                         | biden   | false
            """)
    void theWordsAreThePassagesAndTheTitlesInBaseForm(String question, String passage, String word, boolean held) {
        assertEquals(held, contextOf(question, passage).words().contains(word));
    }

    /**
     * Each row: a question, a passage, a number and whether the context states it: only a question that states a
     * number reads them.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who scored 12 points in the final?  | Smith scored 12 points in the final.  | 12 | true
            Who scored 12 points in the final?  | Smith scored 14 points in the final.  | 12 | false
            Who scored in the final?            | Smith scored 12 points in the final.  | 12 | false
            """)
    void theNumbersAreReadOnlyWhenTheQuestionStatesOne(String question, String passage, String number, boolean held) {
        assertEquals(held, contextOf(question, passage).numbers().contains(number));
    }

    /** Each row: a question, a passage, the names whose kinds the context reads ("-" for none). */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Which company bought the mill?  | Acme Corp. bought the mill from Jane Doe. | acme corp;jane doe
            How many mills closed?          | Acme Corp. bought the mill from Jane Doe. | -
            """)
    void onlyAQuestionAskingForANameReadsTheNamesAround(String question, String passage, String names) {
        List<String> expected = names.equals("-") ? List.of() : List.of(names.split(";"));
        List<String> read = contextOf(question, passage).names().stream()
                .map(m -> String.join(" ", m.words()))
                .filter(n -> !n.startsWith("storm"))
                .toList();
        assertEquals(expected, read);
    }

    private static PassageContext contextOf(String question, String passage) {
        return PassageContext.of(passage, "Storm news", QuestionForm.of(question), Map.of(), List.of(), "", List.of());
    }
}
