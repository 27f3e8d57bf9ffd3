package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FocusPhraseTest {
    /** Each row: a question, the index of the word the phrase is read from, the phrase's words (";" between them). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which classic video game was finally beaten?           | 1 | classic;video;game
            Which comedian, currently on tour, announced a break?  | 1 | comedian
            Which Hall of Fame pitcher retired?                     | 1 | hall;fame;pitcher
            Which federal judge temporarily barred the law?         | 1 | federal;judge
            Which jazz singer upset Måneskin to win?                | 1 | jazz;singer
            Which team plays the Chiefs on Sunday?                  | 1 | team
            Which NFL team recently won a title?                    | 1 | nfl;team
            Which state agencies that the governor oversees closed? | 1 | state;agencies
            What is the name of that company?                       | 5 | company
            What was the Hamburgler's car called?                   | 2 | car
            Which country's ambassador was expelled?                | 1 | country
            Which state-owned bank was fined?                       | 1 | state-owned;bank
            """)
    void theKindsPhraseRunsUpToTheVerbATimeWordOrPunctuation(String question, int from, String phrase) {
        List<Phrase> words = Words.of(question);
        assertEquals(Set.of(phrase.split(";")), FocusPhrase.of(question, words, from));
    }

    /** Each row: a question, the index of the word after "who is the", the post's words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who is the association's chief executive?  | 3 | chief;executive
            Who is the chief executive of Masimo?       | 3 | chief;executive
            """)
    void aPossessorBeforeAPostIsAConstraintNotThePost(String question, int from, String post) {
        List<Phrase> words = Words.of(question);
        assertEquals(Set.of(post.split(";")), FocusPhrase.role(question, words, from));
    }
}
