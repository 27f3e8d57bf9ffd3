package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GameScoresTest {
    private static GameScores of(String question) {
        return new GameScores(
                question,
                word -> Words.of(question).stream().anyMatch(w -> w.text().equalsIgnoreCase(word)));
    }

    /** Each row: a question, a sentence, a score in it, whether the score may be the asked game's. */
    @ParameterizedTest(name = "{2} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What was the final score of the game between Princeton and Delaware? | Princeton's 84-82 win against Delaware came late.                           | 84-82 | true
            What was the final score of the game between Princeton and Delaware? | Delaware's 88-85 overtime loss to the Rider Broncs came late.               | 88-85 | false
            What was the final score of the game between Princeton and Delaware? | The Fightin' Blue Hens are 2-1 in home games.                               | 2-1   | false
            What was the final score of the game between Princeton and Delaware? | Princeton improved to 11-1 with the win.                                    | 11-1  | false
            What was the final score of Texas's win at Alabama?                  | Alabama (10-2) lost to teams with a combined five losses.                   | 10-2  | false
            What was the final score of the Ravens' game against the Texans?     | DeMeco Ryans, Houston Texans (1-0)                                          | 1-0   | false
            What was the final score of the final between England and Spain?    | England beat Spain (2-1) in the final.                                      | 2-1   | true
            What was the final score of the final between England and Spain?    | England stunned Spain (2-1) in the final.                                   | 2-1   | true
            What was the final score of the Ravens' game against the Texans?     | The Ravens beat the Texans (who had won 11 games) 34-10.                    | 34-10 | true
            What was the final score of Delaware's game against St. Francis?     | Delaware downed St. Francis 27-10 last season in the only previous meeting. | 27-10 | false
            What was the score of Delaware's previous meeting with St. Francis?  | Delaware downed St. Francis 27-10 last season in the only previous meeting. | 27-10 | true
            Delaware hosted St. Francis on Saturday. What was the final score?   | Delaware had lost to Villanova that season to finish 7-4.                   | 7-4   | false
            What was the final score of the Ravens' game against the Texans?     | The Ravens finished the regular season at 13-4.                             | 13-4  | false
            What was the final score of the Ravens' game against the Texans?     | The Ravens finished off the Texans 34-10.                                   | 34-10 | true
            Delaware hosted St. Francis on Saturday. What was the final score?   | Delaware (3-5 overall, 1-4 CAA) visits Albany (5-3, 2-3) Saturday.         | 3-5   | false
            Delaware hosted St. Francis on Saturday. What was the final score?   | Delaware (3-5 overall, 1-4 CAA) visits Albany (5-3, 2-3) Saturday.         | 5-3   | false
            Delaware hosted St. Francis on Saturday. What was the final score?   | Delaware (3-5 overall, 1-4 CAA) visits Albany (5-3, 2-3) Saturday.         | 2-3   | false
            Delaware hosted St. Francis on Saturday. What was the final score?   | Delaware (3-5 overall, 1-4 CAA) visits Albany (5-3, 2-3) Saturday.         | 1-4   | false
            What was the final score of the final between England and Spain?    | The match finished 2-2 after extra time.                                    | 2-2   | true
            What was the final score of the final between England and Spain?    | The final score was 2-1.                                                    | 2-1   | true
            What was the final score of the final between England and Spain?    | The score at halftime was 1-1, and England won.                             | 1-1   | true
            Delaware hosted St. Francis on Saturday. What was the final score?   | Delaware finished 7-4 overall and made the playoffs.                        | 7-4   | false
            Delaware hosted St. Francis on Saturday. What was the final score?   | Delaware moved on, 5-1 in conference play.                                  | 5-1   | false
            What was the final score of Delaware's semifinal against Rice?      | Delaware lost to Rice, concluding a 24-5 season.                            | 24-5  | false
            What was the final score of Delaware's semifinal against Rice?      | Delaware, with a 24-5 record, lost to Rice.                                 | 24-5  | false
            What was the final score of Delaware's opener against Rice?         | Delaware won a 3-2 season-opening game against Rice.                        | 3-2   | true
            What was the final score of Delaware's game against Penn?           | Delaware seeks its first title in the tournament May 1-3.                   | 1-3   | false
            What was the final score of Delaware's game against Penn?           | Delaware lost to Penn 11-9 in May.                                          | 11-9  | true
            What was the final score of Delaware's game against Penn?           | Losses at Drexel, 9-8, and Fairfield, 12-11, ended the season.             | 12-11 | false
            What was the final score of Delaware's game against Penn?           | Delaware lost to Penn, 12-11, in overtime.                                  | 12-11 | true
            What was the final score of Delaware's game against Penn?           | Losses at Drexel, 9-8, and Fairfield, 12-11, ended the season.             | 9-8   | false
            What was the final score of Delaware's game against Penn?           | Delaware beat Penn at Franklin Field, 12-11.                                | 12-11 | true
            What was the final score of the game between the Chiefs and the 49ers? | The Chiefs beat the 49ers in overtime in Las Vegas, 25-22.               | 25-22 | true
            What was the final score of Delaware's opener against Rice?         | Delaware won a 3-2 season opener against Rice.                              | 3-2   | true
            What was the final score of Delaware's win against Rice?            | Delaware won a 70-0 record-setting game against Rice.                       | 70-0  | true
            What was the final score of Delaware's game against Penn?           | Delaware lost on Saturday, 12-11, to Penn.                                  | 12-11 | true
            What was the final score of the final between England and Spain?    | England beat Spain 2-1 in the league final.                                 | 2-1   | true
            Delaware hosted St. Francis on Saturday. What was the final score?   | Delaware (3-5, 1-4 Big Ten) visits Albany Saturday.                         | 1-4   | false
            What was the final score of the Blue Hens' win over Towson?          | His interceptions keyed a 20-6 win over Towson at Delaware Stadium that halted a UD losing streak. | 20-6 | true
            What was the final score of Delaware's game against Penn?           | Delaware's 9-8 loss at Drexel came late.                                    | 9-8   | false
            What was the final score of Delaware's game against Penn?           | Delaware's 27-10 rout of No. 11 Villanova came late.                        | 27-10 | false
            What was the final score of Delaware's game against Penn?           | Delaware's 27-10 loss to top-ranked Villanova came late.                    | 27-10 | false
            What was the final score of Delaware's game against Penn?           | Delaware's 12-11 win saw Jane Smith score five goals.                       | 12-11 | true
            What was the final score of Delaware's game against Penn?           | Delaware's 12-11 win at Franklin Field sealed the title.                    | 12-11 | true
            What was the final score of the Panthers' game against Central?     | The Panthers (4-0) defeated Central (2-2) 39-34.                            | 2-2   | false
            What was the final score of the Panthers' game against Central?     | The Panthers (4-0) defeated Central (2-2) 39-34.                            | 39-34 | true
            What was the final score of the Panthers' game against Central?     | The Panthers (4-0) defeated Central (2-2) for the fifth time.               | 2-2   | false
            What was the final score of Delaware's game against Penn?           | Delaware's 27-10 loss to rival Villanova came late.                         | 27-10 | false
            What was the final score of the game between Arsenal and Spurs?     | Sunday's 2-1 victory for Chelsea left Arsenal third.                        | 2-1   | false
            What was the final score of Villanova's game against Georgetown?   | Villanova's 70-65 win over Seton Hall came late.                            | 70-65 | false
            What was the final score of the Blue Hens' win over Towson?          | The 20-6 win over Towson at Newark ended the streak.                        | 20-6  | true
            What was the final score of the final between Italy and England?    | Italy beat England (1-1) on penalties.                                      | 1-1   | true
            """)
    void aScoreIsTheAskedGamesUnlessARecordOrAnotherOrEarlierGames(
            String question, String sentence, String score, boolean asked) {
        int at = sentence.indexOf(score);
        assertEquals(asked, of(question).ofTheGameAsked(sentence, new Phrase(at, at + score.length(), score)));
    }

    /** Each row: a question, a sentence, whether the sentence reports a result against a side the question does not name. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            What was the score of the Super Bowl between the Chiefs and the 49ers? | The Kansas City Chiefs stunned the Baltimore Ravens with a 17-10 victory. | true
            What was the score of the Super Bowl between the Chiefs and the 49ers? | The Chiefs beat the 49ers 25-22 in overtime.                              | false
            What was the score of the Chiefs' game at Arrowhead?                   | The Kansas City Chiefs stunned the Baltimore Ravens with a 17-10 victory. | false
            Delaware hosted St. Francis on Saturday. What was the final score?     | That was the last home playoff game since Delaware downed Georgia Southern 27-10. | true
            Delaware hosted St. Francis on Saturday. What was the final score?     | Delaware beat St. Francis 34-10.                                          | false
            What was the score when the Chiefs played at home?                     | The Kansas City Chiefs stunned the Baltimore Ravens with a 17-10 victory. | false
            What was the final score when the Chiefs played Sunday?                | The Chiefs beat the Raiders 27-20 on Sunday.                              | false
            What was the final score when the Celtics hosted Game 7?               | The Celtics beat the Heat 102-88.                                         | false
            What was the final score when the Chiefs faced the 49ers?              | The Kansas City Chiefs stunned the Baltimore Ravens with a 17-10 victory. | true
            What was the final score of visiting Michigan's game?                  | Michigan beat Ohio State 30-24.                                          | false
            What was the final score when the Chiefs hosted the AFC Championship Game? | The Chiefs beat the Ravens 17-10.                                    | false
            What was the final score when the Eagles beat the Giants?              | The Eagles beat the Giants 38-7.                                          | false
            What was the final score when the Eagles beat the Giants?              | That game was Super Bowl 53, when the New England Patriots beat the Los Angeles Rams 13-3. | true
            What was the final score when the Eagles beat them?                    | The Eagles beat the Giants 38-7.                                          | false
            What was the final score when the Philadelphia Eagles beat the New York Giants? | That game was Super Bowl 53, when the New England Patriots beat the Los Angeles Rams 13-3. | true
            What was the final score when the Chiefs hosted the New Year's Day game? | The Kansas City Chiefs stunned the Baltimore Ravens with a 17-10 victory. | false
            What was the score when the Chiefs played the 49ers?                   | Kansas City beat San Francisco 25-22 in overtime.                        | false
            What was the final score when the Eagles beat the Giants?              | Philadelphia beat New York 38-7.                                          | false
            """)
    void aResultAgainstAnotherSideIsAnotherGamesWhereTheQuestionNamesBoth(
            String question, String sentence, boolean another) {
        assertEquals(another, of(question).resultWithAnotherSide(sentence));
    }
}
