package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(textBlock = """
            Globe,     Globes,     true
            Korea,     Korean,     true
            Ukraine,   Ukrainians, true
            China,     Chinese,    true
            France's,  France,     true
            state,     statement,  false
            state,     States,     true
            NFL,       NFLPA,      false
            win,       winter,     false
            """)
    void formsOfOneWordMatchAndDerivationsDoNot(String a, String b, boolean same) {
        assertEquals(same, Words.sameWord(a, b));
        assertEquals(same, Words.sameWord(b, a));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            The,      true
            It's,     true
            There’s,  true
            may,      true
            cannot,   true
            can't,    true
            doesn’t,  true
            Humphries, false
            Tetris,   false
            US,       false
            """)
    void closedClassWordsAreKnownAlsoWithContractions(String word, boolean closed) {
        assertEquals(closed, Words.isClosedClass(word));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            announced, true
            won,       true
            conducted, true
            comedian,  false
            seed,      false
            bed,       false
            team,      false
            tied,      true
            died,      true
            tie,       false
            """)
    void pastFormsOfVerbsAreKnown(String word, boolean past) {
        assertEquals(past, Words.isPastTense(word));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            two,    2
            Twelve, 12
            one,    0
            team,   0
            """)
    void countsWrittenOutHaveTheirValue(String word, int value) {
        assertEquals(value, Words.numberWordValue(word));
    }

    @org.junit.jupiter.api.Test
    void aVeryLongJoinedTokenIsOneWordWithoutExhaustingTheStack() {
        String token = "a-".repeat(50_000) + "a";
        assertEquals(1, Words.of(token + " end").size() - 1);
    }

    /** Each row: a word, whether it ends as an adjective made from a name does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            American,   true
            Chinese,    true
            Democratic, true
            pro-Israeli, true
            SoFi,       true
            Reed,       false
            american,   false
            """)
    void anAdjectiveMadeFromANameHasItsEnding(String word, boolean adjective) {
        assertEquals(adjective, Words.isProperAdjective(word));
    }
}
