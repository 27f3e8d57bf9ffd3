package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SportsTest {
    /** Each row: a sentence, the sports it names ("" for none), separated by ";". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            She was banned from figure skating for four years.              | figure skating
            The governing body for skating met on Monday.                   | skating
            Tennis and table tennis both drew crowds.                       | Tennis;table tennis
            The Russian figure skater was banned.                           | ''
            A shooting near the stadium closed the pool.                    | ''
            The court heard the case of the cross-country skiing champion.  | cross-country skiing
            Footballers and tennis-ball makers met.                         | ''
            """)
    void findsTheSportsASentenceNamesLongestFirst(String sentence, String sports) {
        List<String> expected = sports.isEmpty() ? List.of() : List.of(sports.split(";"));
        assertEquals(expected, Sports.in(sentence).stream().map(Phrase::text).toList());
    }

    /** Each row: a phrase, the sport its players play ("" for none: a sport's own name, or no player). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            figure skater, figure skating
            Figure Skaters, figure skating
            golfer, golf
            jockeys, horse racing
            figure skating, ''
            senator, ''
            """)
    void aPlayersNounSaysWhichSport(String phrase, String sport) {
        assertEquals(sport, Sports.playedBy(phrase).orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Russian figure skater was banned.         | figure skater
            Two golfers and a jockey rode in the cart.    | golfers;jockey
            The skateboard maker sold decks.              | ''
            """)
    void findsTheNounsForPlayers(String sentence, String players) {
        List<String> expected = players.isEmpty() ? List.of() : List.of(players.split(";"));
        assertEquals(
                expected, Sports.playersIn(sentence).stream().map(Phrase::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            sport, true
            Sports, true
            sportswear, false
            event, false
            """)
    void aSportIsAskedForWithItsNoun(String noun, boolean asks) {
        assertEquals(asks, Sports.isSportNoun(noun));
    }

    /** Each row: a word, whether it is a sport's name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            volleyball, true
            Gymnastics, true
            skater,     false
            Volleyballs, false
            """)
    void aWordIsASportsNameWhole(String word, boolean sport) {
        assertEquals(sport, Sports.isSport(word));
    }
}
