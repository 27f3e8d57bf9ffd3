package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberedNamesTest {
    /** Each row: a text, the series it names with their numbers, as "series=n1;n2" joined by spaces ("" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How much did India's Chandrayaan-3 moon mission cost?          | chandrayaan=3
            The Artemis II crew will fly around the moon.                   | artemis=2
            Who was named MVP of Super Bowl LVIII?                          | super bowl=58
            Super Bowl XL and Super Bowl 40 were the same game.             | super bowl=40
            In Super Bowl 57, the Chiefs set up Kelce Bowl I.               | kelce bowl=1 super bowl=57
            Vitamin C and Hepatitis C are no series; which LIV Golf event?  | ''
            Alaska Airlines grounded its Boeing 737 Max 9 jets.             | boeing=737 max=9
            The vote is set for May 6 and the report for Jan. 5.            | ''
            The vote is set for March 19 and the report for Sept 5.         | ''
            The 2024 Golden Globes aired on CBS.                            | ''
            """)
    void aTextNamesSeriesByTheirNumbers(String text, String series) {
        StringBuilder found = new StringBuilder();
        NumberedNames.in(text).entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> found.append(found.isEmpty() ? "" : " ")
                        .append(e.getKey())
                        .append('=')
                        .append(String.join(";", new java.util.TreeSet<>(e.getValue()))));
        assertEquals(series, found.toString());
    }

    /** Each row: a question, a sentence, whether the sentence names the question's series only by other numbers. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            How much did India's Chandrayaan-3 mission cost? | The mission was confirmed by India's Chandrayaan-1 mission in 2008. | true
            How much did India's Chandrayaan-3 mission cost? | Chandrayaan-3 cost less than Chandrayaan-2, officials said.        | false
            How much did India's Chandrayaan-3 mission cost? | The mission cost $75 million, officials said.                      | false
            Which airline flew the Boeing 737 Max 9?          | The Boeing 737 Max 8 was grounded in 2019.                          | true
            Which airline lost a door plug?                   | The Boeing 737 Max 8 was grounded in 2019.                          | false
            Who was named MVP of Super Bowl LVIII?            | He beat the 49ers in Super Bowl 54 before losing the next one.      | true
            Who was named MVP of Super Bowl LVIII?            | The Chiefs will play the 49ers in Super Bowl 58 in Las Vegas.        | false
            Who was named MVP of Super Bowl LVIII?            | The Chiefs beat the Bengals, setting up Kelce Bowl I.              | false
            Who was named MVP of Super Bowl LVIII?            | Patrick Mahomes won the Chiefs Super Bowl 57 MVP award.            | true
            Who was named MVP of Chiefs Super Bowl LVIII?      | He was the MVP of Super Bowl 54.                                   | true
            """)
    void aSentenceOfAnotherOfTheSeriesContradictsTheQuestion(String question, String sentence, boolean contradicts) {
        assertEquals(contradicts, NumberedNames.contradicts(NumberedNames.in(question), sentence));
    }

    /**
     * Each row: a question, a passage's lines ("¶" between them), whether the passage tells of one other of the
     * question's series: never the asked number, and one other in the lines not run under a label in capitals.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who was named MVP of Super Bowl LVIII? | The Chiefs won Super Bowl 57 in Glendale.¶Mahomes was the MVP.         | true
            Who was named MVP of Super Bowl LVIII? | The Chiefs won Super Bowl 57.¶They play Super Bowl 58 in Las Vegas.      | false
            Who was named MVP of Super Bowl LVII?  | K.C. survived, setting up Kelce Bowl I.¶SUPER BOWL CENTRAL: Latest Super Bowl 58 news. | false
            Who was named MVP of Super Bowl LVIII? | SUPER BOWL CENTRAL: Latest Super Bowl 58 news.¶The Chiefs won Super Bowl 57. | false
            Was Mahomes the Super Bowl LVIII MVP?  | The Chiefs Super Bowl 57 parade drew a million.                         | true
            """)
    void aPassageAboutAnotherOfTheSeriesNamesOnlyThatOneInItsStory(String question, String passage, boolean another) {
        String text = passage.replace("¶", "\n");
        assertEquals(
                another,
                NumberedNames.aboutAnother(NumberedNames.in(question), text, NonEvidence.unlabelledLines(text)));
    }
}
