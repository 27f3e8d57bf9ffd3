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
}
