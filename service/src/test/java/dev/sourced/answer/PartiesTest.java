package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartiesTest {
    /** Each row: a text, the parties it names ("" for none), separated by ";". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which Republican candidate was the runner-up in the Iowa caucuses?   | republican
            The GOP field narrowed after Iowa.                                   | republican
            Democrats and Republicans both claimed the win.                      | democratic;republican
            Jim Jordan, R-Ohio, lost the vote.                                   | republican
            Rep. Dean Phillips, D-Minn., ran against Biden.                      | democratic
            Sen. Bernie Sanders, I-Vt., backed the bill.                         | ''
            The Tories lost seats to Labour.                                     | conservative;labour
            She holds conservative views on democratic reform.                   | ''
            Refugees fled the Democratic Republic of the Congo.                  | ''
            Who won the Iowa caucuses?                                           | ''
            """)
    void aTextNamesPartiesByAdjectiveMembersOrInitials(String text, String parties) {
        assertEquals(parties.isEmpty() ? Set.of() : Set.of(parties.split(";")), Parties.in(text));
    }

    /** Each row: the question, a sentence, whether the sentence names only parties the question does not. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Which Republican candidate was the runner-up in Iowa? | Jimmy Carter won the caucuses and the Democratic nomination. | true
            Which Republican candidate was the runner-up in Iowa? | Nikki Haley finished third among Republicans.                | false
            Which Republican candidate was the runner-up in Iowa? | Ron DeSantis finished second, ahead of Nikki Haley.          | false
            Which Republican candidate was the runner-up in Iowa? | The GOP race left Democrats cheering.                        | false
            Who was the runner-up in the Iowa caucuses?           | Jimmy Carter won the caucuses and the Democratic nomination. | false
            """)
    void aSentenceOfAnotherPartyContradictsTheQuestion(String question, String sentence, boolean contradicts) {
        assertEquals(contradicts, Parties.contradicts(Parties.in(question), sentence));
    }
}
