package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwardCategoriesTest {
    /** Each row: a text, the categories it names ("actress comedy musical;director"), or "" for none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which actress won best actress in a comedy or musical at Sunday's ceremony? | actress comedy musical
            Andra Day won the Golden Globe for Best Actress in a Drama.                 | actress drama
            Chloe Zhao won Best Director, and Nomadland won Best Picture.               | director;picture
            The film was named worst picture at the 38th annual Razzies.                | picture
            Blonde is the winner of worst movie of the year.                            | picture
            Which movie took the worst picture prize at the Razzies?                    | picture
            It was the best day of my life, she said.                                   | ''
            Serbia fought its worst floods in a century.                                | ''
            He scored a career-best 30 points on Monday.                                | ''
            Razzies voters called it Hollywood's worst, with 11 nods.                   | ''
            She won best supporting actress and best lead actress in a drama series.    | supporting actress;actress drama
            """)
    void aCategoryIsItsWordsAfterBestOrWorst(String text, String categories) {
        List<Set<String>> expected = categories.isEmpty()
                ? List.of()
                : Stream.of(categories.split(";"))
                        .map(c -> Set.of(c.split(" ")))
                        .toList();
        assertEquals(expected, AwardCategories.in(text));
    }

    /** Each row: a question, a sentence, whether the sentence names only other categories of the award. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who was named worst actor at the 38th Razzie Awards?          | The Emoji Movie was named worst picture at the Razzies.       | true
            Who was named worst actor at the 38th Razzie Awards?          | Tom Cruise was named worst actor at the Razzies.             | false
            Who was named worst actor at the 38th Razzie Awards?          | Tom Cruise won the Razzie, the night before the Oscars.      | false
            Which actress won best actress in a comedy or musical at the Golden Globes? | Andra Day won the Golden Globe for Best Actress in a Drama. | true
            Which actress won best actress in a comedy or musical at the Golden Globes? | Rosamund Pike won Best Actress in a Comedy or Musical. | false
            Which movie took the worst picture prize at the Golden Raspberry Awards? | Blonde is the winner of worst movie.        | false
            Who won best actress in a drama series at the Emmys?          | Zendaya won best lead actress in a drama series on Monday.    | false
            Who was nominated for best supporting actress at the Oscars?  | She was nominated for best actress for Tina in 1994.          | true
            Which film was the best of the year at the box office?        | It won best picture at the Oscars.                            | false
            Who gave the best speech at the Oscars?                       | It was the best day of my life.                               | false
            """)
    void aSentenceOfAnotherCategoryContradictsTheAskedOne(String question, String sentence, boolean contradicted) {
        assertEquals(contradicted, AwardCategories.askedIn(question).contradictedBy(sentence));
    }
}
