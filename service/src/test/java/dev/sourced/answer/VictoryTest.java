package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VictoryTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Which school won the College Football Playoff National Championship this week? | true
            Who beat 16-year-old darts prodigy Luke Littler to become the PDC world champion? | true
            Which NFL team recently won its first playoff game in 32 years?                | true
            Which Republican presidential candidate won the Iowa caucuses?                  | true
            Who has won the most Grand Slam titles?                                         | true
            Which team did Michigan beat in the final?                                      | false
            What was the final score of the game Michigan won?                              | false
            Who lost to Michigan in the final?                                              | false
            Which state was sued by the Biden administration?                               | false
            Who directed The Avengers?                                                      | false
            """)
    void aQuestionAsksForTheWinnerWhenItsAskedForPhraseWins(String question, boolean winner) {
        assertEquals(winner, Victory.asksForWinner(question));
    }

    /** Each row: sentence, a name in it, the side it stands on. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Michigan beat the Washington Huskies, 34-13, in the title game.      | Michigan           | WINNER
            Michigan beat the Washington Huskies, 34-13, in the title game.      | Washington Huskies | LOSER
            Michigan (15-0) easily defeated Washington on Monday.                | Michigan           | WINNER
            Luke Humphries beat 16-year-old Luke Littler 7-4 in the final.       | Luke Littler       | UNKNOWN
            Pierce scored 21 points in Princeton's 84-82 win against Delaware.   | Princeton          | WINNER
            Pierce scored 21 points in Princeton's 84-82 win against Delaware.   | Delaware           | LOSER
            The Lions won their first playoff game in 32 years.                  | Lions              | WINNER
            Washington lost to Michigan in the final.                            | Washington         | LOSER
            In 2008, John McCain was barely edged into fourth place in Iowa.     | John McCain        | LOSER
            The Huskies were beaten by Michigan in the final.                    | Huskies            | LOSER
            Washington lost to Michigan in the final.                            | Michigan           | WINNER
            Texas hosts Washington in the Sugar Bowl on Monday.                  | Texas              | UNKNOWN
            The Detroit Lions' victory over the Rams was their first since 1992. | Detroit Lions      | WINNER
            The Detroit Lions' victory over the Rams was their first since 1992. | Rams               | LOSER
            The 49ers, who took down the Detroit Lions, play on Sunday.          | 49ers              | WINNER
            The 49ers, who took down the Detroit Lions, play on Sunday.          | Detroit Lions      | LOSER
            The Chiefs knocked off the Ravens in Baltimore.                      | Ravens             | LOSER
            The Chiefs, which Mahomes leads, play on Sunday.                     | Chiefs             | UNKNOWN
            Georgia, which won the last two national titles, lost to Alabama.    | Georgia            | UNKNOWN
            """)
    void aNameStandsOnASideOfTheResultItsSentenceReports(String sentence, String name, Victory.Side side) {
        int start = sentence.indexOf(name);
        assertEquals(side, Victory.sideOf(sentence, new Phrase(start, start + name.length(), name)));
    }
}
