package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningSubjectsTest {
    /** Each row: a passage's first sentence, whether it opens with a pronoun that refers back to the paragraph before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He said the vote was fair.                                | true
            Their coach said the vote was fair.                       | true
            And before she took the stage, she won an endorsement.    | true
            But when he arrived, the crowd cheered.                   | true
            And the crowd cheered her.                                | false
            Before the game, Smith said he was ready.                 | false
            When asked, she declined to comment.                      | false
            Hearing the news, he left.                                | false
            When she was 12, Simone Biles won a title.                | false
            """)
    void aSentenceOpensWithAPronounAfterTheWordsThatJoinIt(String sentence, boolean opens) {
        assertEquals(opens, OpeningSubjects.opensWithPronoun(sentence));
    }

    /**
     * Each row: a sentence, the head of the asked-for kind ("" for "who"), the question's words it may describe the
     * person with, the subject that refers back to the person ("-" for none) and whether it is a pronoun.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The comedian will return to host the show.                 | comedian |                     | The comedian                  | false
            The 16-year-old star beat him in the final.                |          |                     | The 16-year-old star          | false
            The former Delaware State University student won.          | singer   | Delaware State University student | The former Delaware State University student | false
            He'll host the show on Saturday.                           | comedian |                     | He'll                         | true
            And she won the title.                                     |          |                     | And she                       | true
            So he worked it out.                                       | comedian |                     | So he                         | true
            The comedian's jokes will open the show.                   | comedian |                     | -                             | false
            The celebrity grand marshal is Kim Alexis.                 | marshal  |                     | -                             | false
            The senator said it was Biden who called.                  |          |                     | The senator                   | false
            The comedian Jo Koy will host.                             | comedian |                     | -                             | false
            The network said the comedian will host.                   | comedian |                     | -                             | false
            The comedians will perform the show.                       |          |                     | -                             | false
            They will host the show.                                   |          |                     | -                             | false
            Comedian Nate Bargatze will host.                          | comedian |                     | -                             | false
            """)
    void aSubjectRefersBackToAPersonBeforeIt(
            String sentence, String askedKind, String questionWords, String subject, boolean pronoun) {
        // An empty cell is read as null.
        Set<String> given = questionWords == null ? Set.of() : Set.of(questionWords.split(" "));
        Phrase found = OpeningSubjects.referringBack(sentence, askedKind == null ? "" : askedKind, given::contains);
        assertEquals(subject, found == null ? null : found.text());
        if (found != null) {
            assertEquals(pronoun, OpeningSubjects.isPronoun(found));
        }
    }
}
