package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwardCategoriesTest {
    /** Each row: a sentence, the categories it names ("actress drama;director"), or "" for none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Andra Day won the Golden Globe for Best Actress in a Drama.                 | actress drama
            Chloe Zhao won Best Director; Nomadland won Best Picture.                   | director;picture
            The film was named worst picture.                                           | picture
            Blonde is the winner of worst movie.                                        | picture
            Emma Stone won the best actress Oscar.                                      | actress
            She won best actress in a motion picture – drama.                           | actress picture drama
            It took best picture, director and actor.                                   | picture director and actor
            It was the best day of my life, she said.                                   | ''
            Serbia fought its worst floods in a century.                                | ''
            He scored a career-best 30 points on Monday.                                | ''
            The best-selling author spoke.                                              | ''
            Cillian Murphy, best known for Peaky Blinders, won.                         | ''
            She thanked her husband and best friend, Yvonne.                            | ''
            He was at best a long shot.                                                 | ''
            It was the best night of my life, she said after the Oscars.                | ''
            She won the best supporting actress award.                                  | supporting actress
            """)
    void aSentencesCategoryRunsToItsClausesEnd(String sentence, String categories) {
        List<Set<String>> expected =
                WordLists.of(categories).stream().map(Set::copyOf).toList();
        assertEquals(expected, AwardCategories.in(sentence));
    }

    /**
     * Each row: a question, the sentence before, a sentence, whether they report only other categories of the award
     * than the asked ones.
     */
    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Who was named worst actor at the 38th Razzie Awards? | '' | The Emoji Movie was named worst picture at the Razzies. | true
            Who was named worst actor at the 38th Razzie Awards? | '' | Tom Cruise was named worst actor at the Razzies.   | false
            Who was named worst actor at the 38th Razzie Awards? | '' | Tom Cruise won the Razzie the night before the Oscars. | false
            Which actress won best actress in a comedy or musical at the Golden Globes? | '' | Andra Day won the Golden Globe for Best Actress in a Drama. | true
            Which actress won best actress in a comedy or musical at the Golden Globes? | Andra Day won Best Actress in a Drama. | She also took home another prize. | true
            Which actress won best actress in a comedy or musical at the Golden Globes? | Andra Day won Best Actress in a Drama. | Rosamund Pike won for I Care a Lot. | false
            Which actress won best actress in a comedy or musical at the Golden Globes? | '' | Rosamund Pike won Best Actress in a Comedy or Musical. | false
            Which movie took the worst picture prize at the Golden Raspberry Awards? | '' | Blonde is the winner of worst movie.  | false
            Who won best actress in a drama series at the Emmys?   | '' | Zendaya won best lead actress in a drama series on Monday. | false
            Who won best actress in a drama at the Golden Globes?  | '' | Lily Gladstone won best actress in a motion picture – drama. | false
            Who was nominated for best supporting actress at the Oscars? | '' | She was nominated for best actress in 1994. | true
            Who won best actress Sunday night at the Golden Globes? | '' | Lily Gladstone won best actress.                   | false
            Which actor, best known for Breaking Bad, won an Emmy for best actor? | '' | Bryan Cranston won best actor. | false
            Which film won best picture and best director at the Oscars? | '' | Nolan won best director for Oppenheimer.      | false
            Who won best actor at the Oscars?                      | Cillian Murphy won best actor. | Emma Stone won the best actress Oscar. | true
            Who won best actress at the Oscars?                    | Cillian Murphy won best actor. | Emma Stone won the best actress Oscar. | false
            Who won best director at the Oscars?                   | '' | It took best picture, director and actor.            | false
            The Fabelmans won best drama. Which comedian hosted the Golden Globes? | '' | Jerrod Carmichael hosted the show. | false
            Which film was the best of the year at the box office? | '' | It won best picture at the Oscars.                     | false
            Who gave the best speech at the Oscars?                | '' | It was the best day of my life.                        | false
            """)
    void aSentenceOfAnotherCategoryContradictsTheAskedOne(
            String question, String previous, String sentence, boolean contradicted) {
        assertEquals(contradicted, AwardCategories.askedIn(question).contradictedBy(sentence, previous));
    }
}
