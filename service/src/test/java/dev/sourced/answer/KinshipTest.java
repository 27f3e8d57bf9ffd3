package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KinshipTest {
    /** Each row: an asked-for noun, a sentence, whether the sentence says the tie ("-" for a noun that names none). */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            daughter  | Kate Spade and Andy Spade had a daughter, Frances.       | true
            daughters | Their children attended the ceremony.                    | true
            daughter  | Celebrities took to Twitter to mourn Kate Spade.         | false
            son       | The Sonoma winery was sold.                              | false
            wife      | Gerstenzang married Ziuta in 1920.                        | true
            husband   | Her spouse, Andy Spade, spoke on Tuesday.                | true
            wife      | The former president spoke on Tuesday.                   | false
            mother    | His mom said he was safe.                                | true
            grandson  | The grandchildren of the founder run the farm.            | true
            mother    | The mother-of-two was found on Tuesday.                  | true
            wives     | Both men married in 2019.                                | true
            uncle     | His uncle, a farmer, spoke to reporters.                 | true
            son       | Sonny Rollins played on Sunday.                          | false
            comedian  | The comedian will host the show.                         | -
            """)
    void aTieIsSaidByItsNounOrItsPlainSynonyms(String noun, String sentence, String says) {
        assertEquals(
                says,
                Kinship.tieOf(noun)
                        .map(tie -> String.valueOf(tie.matcher(sentence).find()))
                        .orElse("-"));
    }
}
