package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestPlacesTest {
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Maine       | Wells: More than $4.3 million is on its way.          | Wells          | true
            Washington  | Spokane: Scientists have found a dead hornet.         | Spokane        | true
            Washington  | Port Angeles: The state plans a new museum.           | Port Angeles   | true
            Maine       | UPDATE: The story was corrected.                      | UPDATE         | false
            Georgia     | Coach Kirby Smart: We have to be better.              | Coach Kirby Smart | false
            Israel      | Haifa: Rockets fell overnight.                        | Haifa          | false
            Boys        | Postseason: Boys finished second at district.         | Postseason     | false
            ''          | Note: The story was updated Friday.                   | Note           | false
            Maine       | Wells said more than $4.3 million is on its way.      | Wells          | false
            Maine       | Officials in Wells: More than $4.3 million arrived.   | Wells          | false
            """)
    void aDigestsBriefOpensWithItsPlaceUnderAStatesHeading(
            String heading, String sentence, String name, boolean opens) {
        int start = sentence.indexOf(name);
        assertEquals(
                opens, DigestPlaces.opensBrief(heading, sentence, Phrase.of(sentence, start, start + name.length())));
    }
}
