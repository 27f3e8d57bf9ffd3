package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingQuestionTest {
    /** {@code kind}: the question's text from where the named kind starts; '' for a name of no written kind. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            What is the name of his boat?                              | ' his boat?'
            What name was given to the storm?                          | ' the storm?'
            What is it called?                                         | ''
            What is the sculpture outside the museum called?           | 'sculpture outside the museum called?'
            What is the new memoir titled?                             | 'new memoir titled?'
            What would the district be renamed under the bill?         | 'district be renamed under the bill?'
            What did the couple name their daughter?                   | 'their daughter?'
            What have they named the baby?                             | 'the baby?'
            What was the stadium named after?                          | NONE
            What is the goal of the program dubbed Operation Warp Speed? | NONE
            What was the reason the street was renamed?                | NONE
            What does the name change mean for fans?                   | NONE
            What did investigators name as the cause of the crash?     | NONE
            What did Biden call the ruling?                            | NONE
            What was the player called for?                            | NONE
            """)
    void aNamingQuestionTellsWhereItsKindIsWritten(String question, String kind) {
        String found = NamingQuestion.of(question)
                .map(naming -> naming.kindFrom().isPresent()
                        ? question.substring(naming.kindFrom().getAsInt())
                        : "")
                .orElse(null);
        assertEquals(kind, found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            called   | true
            titled   | true
            renamed  | true
            rebrand  | false
            wrote    | false
            """)
    void namingVerbsAreKnownInTheirForms(String word, boolean naming) {
        assertEquals(naming, NamingQuestion.isNamingVerb(word));
    }
}
