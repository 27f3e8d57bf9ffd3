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
            Spain beat England in the final. Which player won the Golden Ball?            | true
            Spain won the final. Which team did they beat?                                  | false
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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Which team did the San Francisco 49ers overcome in the NFC championship game? | true
            Whom did Novak Djokovic beat in the final to win the Italian Open?            | true
            Spain won the final. Which team did they beat?                                  | true
            Which state Senate president did he defeat?                                     | true
            Which team did Travis Kelce's Kansas City Chiefs edge 23-20 to win the title?   | true
            Who lost to Michigan in the final?                                              | true
            Who beat 16-year-old darts prodigy Luke Littler to become the PDC world champion? | false
            Which team will the Blue Hens face in the first round?                          | false
            By what score did Texas beat Oklahoma State in the Big 12 championship game?    | false
            Which company lost $2 billion last year?                                        | false
            Who did Macron appoint as prime minister?                                       | false
            Who will top the charts this week?                                              | false
            Which song did Taylor Swift top the charts with?                                | false
            Which team did the Hens nip in overtime?                                        | true
            """)
    void aQuestionAsksForTheLoserWhenItsAskedForPhraseIsBeaten(String question, boolean loser) {
        assertEquals(loser, Victory.asksForLoser(question));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Which film was named worst picture at the 36th Razzie Awards?                   | true
            Who was voted most valuable player of the Super Bowl?                           | true
            Who won the 2021 Emmy for outstanding lead actress?                             | true
            The Razzies were held on Saturday. Which film was named worst picture?         | true
            Oppenheimer led the Oscar nominations. Which film won best picture?            | true
            Who was named France's foreign minister?                                        | false
            Which film led the nominations for the Razzie Awards?                           | false
            Barbie was named the top-grossing film. Who directed it?                        | false
            Who won the Republican nomination for Senate in Ohio?                           | false
            Who was named West Virginia's head coach?                                       | false
            """)
    void aQuestionAsksForAnAwardeeWhenItAsksWhoWonOrWasNamedTheBest(String question, boolean awardee) {
        assertEquals(awardee, Victory.asksForAwardee(question));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Fifty Shades and Pixels all received nominations for worst picture.             | true
            Earlier Twilight movies have been regular nominees for the Razzies.             | true
            Fifty Shades is up for worst picture this year.                                 | true
            Fifty Shades, nominated six times, won worst picture on Saturday.               | false
            Anya Taylor-Joy took home the Emmy she was nominated for.                       | false
            The award went to Fifty Shades, one of five nominees.                           | false
            She signed up for the program and then left it.                                 | false
            Fifty Shades was named worst picture on Saturday.                               | false
            Emma Stone received the Oscar, her second after four nominations.               | false
            Jayden Daniels, one of four finalists, took the Heisman.                        | false
            Fifty Shades received six nominations, the most of any film.                    | true
            """)
    void aSentenceOnlyNominatesWhenItNamesContendersAndNoWinner(String sentence, boolean onlyNominates) {
        assertEquals(onlyNominates, Victory.onlyNominates(sentence));
    }

    /** Each row: sentence, a name in it, the side it stands on. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Michigan beat the Washington Huskies, 34-13, in the title game.      | Michigan           | WINNER
            Michigan beat the Washington Huskies, 34-13, in the title game.      | Washington Huskies | LOSER
            Michigan (15-0) easily defeated Washington on Monday.                | Michigan           | WINNER
            Luke Humphries beat 16-year-old Luke Littler 7-4 in the final.       | Luke Littler       | LOSER
            Littler took down two-time European Championship winner Rob Cross.   | Rob Cross          | LOSER
            Littler can take down champions including Raymond van Barneveld and 2023 UK Open champion Andrew Gilding. | Andrew Gilding | LOSER
            Spain beat England and Aitana Bonmatí was named best player.         | Aitana Bonmatí     | UNKNOWN
            Spain beat England before Aitana Bonmatí lifted the trophy.          | Aitana Bonmatí     | UNKNOWN
            A stunned Alexandra Palace crowd watched Luke Humphries lift the trophy. | Luke Humphries | UNKNOWN
            Michigan beat Washington 34-13 behind Blake Corum's two touchdowns.  | Blake Corum        | UNKNOWN
            After Spain beat England, Aitana Bonmatí, 25, was named best player. | Aitana Bonmatí     | UNKNOWN
            Spain beat England and Aitana Bonmatí, the midfielder, was named best player. | Aitana Bonmatí | UNKNOWN
            Humphries beat then-world champion Michael Smith in the semi-final.  | Michael Smith      | LOSER
            The Hens also nipped No. 11 Princeton 12-10.                         | Princeton          | LOSER
            Delaware blanked Villanova 3-0 on Friday.                            | Delaware           | WINNER
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
            "The Queen's Gambit" also won Outstanding Sound Editing on CBS.     | Gambit             | WINNER
            "The Queen's Gambit" also won Outstanding Sound Editing on CBS.     | Outstanding Sound Editing | PRIZE
            "The Queen's Gambit" also won Outstanding Sound Editing on CBS.     | CBS                | UNKNOWN
            The opposition claims Edmundo González won the election.            | Edmundo González   | WINNER
            Sunday's win clinched Baltimore the top seed in the AFC.            | Baltimore          | UNKNOWN
            """)
    void aNameStandsOnASideOfTheResultItsSentenceReports(String sentence, String name, Victory.Side side) {
        int start = sentence.indexOf(name);
        assertEquals(side, Victory.sideOf(sentence, new Phrase(start, start + name.length(), name)));
    }

    /** Each row: a text, whether it tells of a result (who won or lost, an award given, a title held). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Luke Humphries beat Luke Littler 7-4 in the final.                    | true
            Humphries is the new world champion.                                  | true
            She claimed gold in the 100 meters.                                   | true
            Littler lost to Humphries on Wednesday.                               | true
            Rob Cross was the highest-rated player that Littler had ever faced.  | false
            Javier Milei was elected president on Sunday with 56% of the vote.   | true
            Littler qualified for the event through the Development Tour.         | false
            """)
    void aSentenceTellsOfAResultByAVerbOfWinningOrDefeatOrATitle(String text, boolean result) {
        assertEquals(result, Victory.tellsOfResult(text));
    }
}
