package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
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
            came,      true
            went,      true
            sued,      true
            owed,      true
            axed,      true
            seen,      false
            weed,      false
            said,      true
            heard,     true
            laid,      false
            stuck,     false
            SAT,       false
            drank,     true
            kept,      true
            Fed,       false
            Lent,      false
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

    /** Each row: a word, whether it is a plural noun's form, and its singular. */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(textBlock = """
            tornadoes,  true,  tornado
            stores,     true,  store
            cities,     true,  city
            boxes,      true,  box
            matches,    true,  match
            houses,     true,  house
            cases,      true,  case
            prizes,     true,  prize
            shoes,      true,  shoe
            movies,     true,  movie
            heroes,     true,  hero
            series,     true,  series
            news,       true,  news
            people,     true,  people
            attendees,  true,  attendee
            business,   false, business
            status,     false, status
            analysis,   false, analysis
            gas,        false, gas
            storm,      false, storm
            """)
    void pluralsAreKnownByTheirEndingsAndHaveTheirSingular(String word, boolean plural, String singular) {
        assertEquals(plural, Words.isPlural(word));
        assertEquals(singular, Words.singular(word));
    }

    /** Each row: a text, its words ("/" between them). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The U.S. won 84-82 on Monday.          | The/U.S/won/84-82/on/Monday
            AT&T and France’s team—'yes'           | AT&T/and/France’s/team/yes
            rock -- and -roll... end-              | rock/and/roll/end
            Beyoncé's café, naïve résumé           | Beyoncé's/café/naïve/résumé
            Zoë Kravitz (½ price) ²                | Zoë/Kravitz/½/price/²
            Ⅻ chapters, 𝐁old 日本語 text             | Ⅻ/chapters/𝐁old/日本語/text
            """)
    void wordsAreRunsOfLettersMarksAndDigitsJoinedByOneInnerMark(String text, String words) {
        assertEquals(
                List.of(words.split("/")),
                Words.of(text).stream().map(Phrase::text).toList());
    }

    /**
     * The scan of {@link Words#of} against the pattern it stands for, on random texts of letters, marks, digits, joiners,
     * spaces and other characters from several scripts and planes: the same words at the same offsets.
     */
    @org.junit.jupiter.api.Test
    void theScanFindsWhatTheWordPatternMatches() {
        Pattern word = Pattern.compile("[\\p{L}\\p{M}\\p{N}]++(?:['’.&-][\\p{L}\\p{M}\\p{N}]++)*+");
        String[] pieces = {
            "a", "Z", "é", "\u0301", "7", "½", "Ⅻ", "日", "𝐁", "😀", "'", "’", ".", "&", "-", "--", " ", ",", "—",
            "\u00a0", "\n", "_", "$", "\u2019s", "U.S.", "\ud835"
        };
        Random random = new Random(14);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(12); p > 0; p--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(Phrase.allOf(word, t), Words.of(t), t);
        }
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

    /** Each row: a text, the offset, the word right after it past spaces only ("-" for none). */
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the Southbridge neighborhood on Monday | 15 | neighborhood
            the Southbridge, a neighborhood        | 15 | -
            the Southbridge                        | 15 | -
            """)
    void theWordAfterAnOffsetIsTheAdjacentOne(String text, int offset, String word) {
        assertEquals(word.equals("-") ? null : word, Words.adjacentAfter(text, offset));
    }

    /** Each row: a text, the offset, the word right before it past spaces only ("-" for none). */
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            according to the ESPN Matchup Predictor | 17 | the
            according to the, ESPN                  | 18 | -
            ESPN                                    | 0  | -
            """)
    void theWordBeforeAnOffsetIsTheAdjacentOne(String text, int offset, String word) {
        assertEquals(word.equals("-") ? null : word, Words.adjacentBefore(text, offset));
    }

    /** Each row: a text, an offset, the index of the first word at or after it (the count of words past the end). */
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            which NFL team won | 0  | 0
            which NFL team won | 5  | 1
            which NFL team won | 7  | 2
            which NFL team won | 18 | 4
            ''                 | 0  | 0
            """)
    void theIndexAtAnOffsetIsThatOfTheFirstWordStartingThere(String text, int offset, int index) {
        assertEquals(index, Words.indexAt(Words.of(text), offset));
    }
}
