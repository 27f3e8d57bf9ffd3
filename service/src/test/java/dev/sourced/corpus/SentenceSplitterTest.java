package dev.sourced.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, 0, text.length()).stream()
                .map(s -> s.of(text))
                .toList();
    }

    @Test
    void titlesAndMonthAbbreviationsDoNotEndASentence() {
        assertEquals(
                List.of("Mr. Smith met Dr. Jones on Feb. 24, 2022, in Kyiv.", "They talked."),
                sentences("Mr. Smith met Dr. Jones on Feb. 24, 2022, in Kyiv. They talked."));
    }

    /**
     * Each row: a text, its first sentence. Ranks, police titles and plural titles do not end a sentence; "No." does only
     * where it is the word "no".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The sheriff said who with help from Cpl. Stacey Bostwick ambushed him. Then he left. | The sheriff said who with help from Cpl. Stacey Bostwick ambushed him.
            Det. Sgt. Ann Lee made the arrest. Then he left.                                  | Det. Sgt. Ann Lee made the arrest.
            Sens. Joe Manchin and Kyrsten Sinema voted no. Then he left.                       | Sens. Joe Manchin and Kyrsten Sinema voted no.
            Tkachuk scored twice for the Sens. The team won.                                   | Tkachuk scored twice for the Sens.
            He did three reps. Then he left.                                                   | He did three reps.
            Brig. Gen. Pat Ryder spoke. Then he left.                                          | Brig. Gen. Pat Ryder spoke.
            He met Pvt. Travis King. Then he left.                                             | He met Pvt. Travis King.
            The doors open at 8 a.m. The show starts later.                                    | The doors open at 8 a.m.
            He wore No. 32 for the Steelers. Then he left.                                     | He wore No. 32 for the Steelers.
            """)
    void ranksAndTitlesDoNotEndASentence(String text, String first) {
        assertEquals(first, sentences(text).getFirst());
    }

    @Test
    void dottedAcronymsBeforeANameStayInTheSentence() {
        assertEquals(
                List.of(
                        "The U.S. President spoke with U.N. Secretary General Guterres.",
                        "The talks ended in the U.S.",
                        "The delegates left."),
                sentences("The U.S. President spoke with U.N. Secretary General Guterres. The talks ended in the U.S. "
                        + "The delegates left."));
    }

    @Test
    void initialsDoNotSplitAName() {
        assertEquals(
                List.of("The novel by J. K. Rowling sold well.", "It was reprinted."),
                sentences("The novel by J. K. Rowling sold well. It was reprinted."));
    }

    /**
     * Each row: a text, its sentences joined by " ‖ ". Where the JDK breaks with no space after the break, what follows
     * goes on from the word or the punctuation before it, unless a capital opens a sentence whose space was left out.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            He crossed the U.S.-Mexico border on Monday. Then he left.                | He crossed the U.S.-Mexico border on Monday. ‖ Then he left.
            The U.S.–led talks ended. Then he left.                                   | The U.S.–led talks ended. ‖ Then he left.
            Novo Nordisk followed Eli Lilly Co.'s plans. Then it fell.                | Novo Nordisk followed Eli Lilly Co.'s plans. ‖ Then it fell.
            The U.K.'s vaccination rate is high. Then it fell.                        | The U.K.'s vaccination rate is high. ‖ Then it fell.
            "Stafford. What'd I say?," Eminem starts in the video.                    | "Stafford. ‖ What'd I say?," Eminem starts in the video.
            She said, "He told me, 'Wow, you're really rolling in it.' "              | She said, "He told me, 'Wow, you're really rolling in it.' "
            Is it over?Yes, it is.                                                     | Is it over? ‖ Yes, it is.
            It ended in the U.S. The delegates left.                                  | It ended in the U.S. ‖ The delegates left.
            """)
    void aBreakInsideAWordIsNone(String text, String joined) {
        assertEquals(List.of(joined.split(" ‖ ")), sentences(text));
    }

    /**
     * Each row: a text, its sentences joined by " ‖ ". After a question, an exclamation, an ellipsis or an abbreviation,
     * a word in lower case or a dash before one goes on with the sentence; a capital, "iPhone", a review's signature
     * ("-E.J.") and a quoted post in lower case after a full stop that ends a sentence do not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "Like, did we just watch that happen?" he told the Free Press. Then he left.   | "Like, did we just watch that happen?" he told the Free Press. ‖ Then he left.
            Her father — he's got a lot of influence, remember? — backed the bid.          | Her father — he's got a lot of influence, remember? — backed the bid.
            Fun takes flight -- literally! -- when the mayor arrives.                      | Fun takes flight -- literally! -- when the mayor arrives.
            He worked for the McNeil Pharmaceutical Co. (later Johnson & Johnson) for years. | He worked for the McNeil Pharmaceutical Co. (later Johnson & Johnson) for years.
            It runs until 4 p.m. "or until all the food sells out," she said.              | It runs until 4 p.m. "or until all the food sells out," she said.
            Did it sell? iPhone sales rose anyway.                                         | Did it sell? ‖ iPhone sales rose anyway.
            What a show! Critics loved it.                                                 | What a show! ‖ Critics loved it.
            Spotify may think I have a problem. -B.T.                                      | Spotify may think I have a problem. ‖ -B.T.
            Spotify may think I have a problem. —B.T.                                      | Spotify may think I have a problem. ‖ —B.T.
            Was it worth it? — J.D.                                                        | Was it worth it? ‖ — J.D.
            The situation has changed rapidly... (and) China supports talks.                | The situation has changed rapidly... (and) China supports talks.
            The campaign leaned in. "kamala IS brat," Charli XCX wrote.                    | The campaign leaned in. ‖ "kamala IS brat," Charli XCX wrote.
            """)
    void aLowerCaseWordOrADashGoesOnWithTheSentence(String text, String joined) {
        assertEquals(List.of(joined.split(" ‖ ")), sentences(text));
    }

    @Test
    void quotedSentencesEndAfterTheClosingQuote() {
        assertEquals(
                List.of("Hua said, \"We hope the region can maintain peace.\"", "Then she left."),
                sentences("Hua said, \"We hope the region can maintain peace.\" Then she left."));
    }

    @Test
    void spansPointAtTheExactTextWithinARange() {
        String text = "Intro. First one here. Second one here. Outro.";
        int from = text.indexOf("First");
        int to = text.indexOf(" Outro");
        List<Span> spans = splitter.split(text, from, to);
        assertEquals(
                List.of("First one here.", "Second one here."),
                spans.stream().map(s -> s.of(text)).toList());
    }
}
