package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamedPersonTest {
    /**
     * Each row: a person's name (its words in lower case, as a question's form gives them), a sentence, the passage it
     * stands in, whether the sentence names the person.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Dean Phillips       | Phillips won 20% of the vote.         | Phillips won 20% of the vote.                      | true
            Dean Phillips       | Biden won 64% of the vote.            | Biden won 64% of the vote.                         | false
            Kenny DeLand Jr.    | DeLand was arrested in Paris.         | DeLand was arrested in Paris.                      | true
            Jason Kelce         | Jason, the center, spoke.             | Jason Kelce retired. Jason, the center, spoke.     | true
            Jason Kelce         | Jason, the center, spoke.             | Jason, the center, spoke.                          | false
            Bill Cassidy        | The bill passed.                      | Bill Cassidy wrote it. The bill passed.            | false
            President Joe Biden | Joe spoke on Monday.                  | President Joe Biden arrived. Joe spoke on Monday.  | true
            Jason Kelce         | Jason Garrett spoke.                  | Jason Kelce retired. Jason Garrett spoke.          | false
            """)
    void aSentenceNamesAPersonBySurnameOrByFirstNameWhereThePassageWritesTheFullName(
            String name, String sentence, String passage, boolean named) {
        assertEquals(
                named,
                NamedPerson.of(List.of(name.toLowerCase(Locale.ROOT).split(" ")))
                        .namedIn(sentence, passage));
    }

    /** Each row: a name's words, the surnames the question's statement gives (";" between), whether it is given. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Jasper Johns             | johns;warhol | true
            Andy Warhol              | johns;warhol | true
            Jasper Johns             | ''           | false
            Air Canada               | canada       | false
            FC Dallas                | dallas       | false
            Lake Erie                | erie         | false
            Mount Hood               | hood         | false
            West Creek               | creek        | false
            Johns Hopkins            | hopkins      | true
            Johns Hopkins University | hopkins      | false
            """)
    void aPersonOfTwoWordsIsGivenByASurnameTheStatementWritesAlone(String name, String surnames, boolean given) {
        List<String> surnameList = surnames.isEmpty() ? List.of() : List.of(surnames.split(";"));
        assertEquals(given, NamedPerson.givenBySurname(List.of(name.split(" ")), surnameList));
    }

    /** Each row: a question, the surnames its statement gives as a person's may be (";" between, "" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A painting now hangs beside Johns and Warhol. Who painted it?     | johns;warhol
            Fans saw Ronaldo return to Madrid. Which club did he sign for?    | ronaldo
            Fans say Messi is moving to Miami. Which club did he join?        | messi
            The deal was signed in Canada. Which airline cut flights?         | ''
            Serena Williams lost. Who beat Williams in the final?             | ''
            The Hens beat Delaware State. Who coached the Hens?               | ''
            """)
    void theStatementsSurnamesAreItsOneWordNamesNotWrittenAsPlaces(String question, String surnames) {
        QuestionForm form = QuestionForm.of(question);
        assertEquals(
                surnames.isEmpty() ? List.of() : List.of(surnames.split(";")),
                NamedPerson.surnamesOf(question, form.background()));
    }
}
