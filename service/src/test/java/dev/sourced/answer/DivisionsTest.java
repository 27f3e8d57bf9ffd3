package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            county    | true
            Townships | true
            counties  | true
            township  | true
            parish    | true
            parishes  | true
            borough   | false
            city      | false
            state     | false
            """)
    void aDivisionIsAskedForByTheNounItsNameHolds(String noun, boolean division) {
        assertEquals(division, Divisions.isDivisionNoun(noun));
    }

    /** Each row: a name, the asked division's noun, the name cut after the noun. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Humboldt County Sheriff’s        | county   | Humboldt County
            Bertie County                    | county   | Bertie County
            Upper Makefield Township Police  | township | Upper Makefield Township
            Humboldt                         | county   | Humboldt
            County Executive                 | county   | County Executive
            """)
    void aBodyNamedAfterADivisionIsCutToTheDivision(String name, String noun, String cut) {
        Phrase phrase = Divisions.cutAfter(new Phrase(10, 10 + name.length(), name), noun);
        assertEquals(cut, phrase.text());
        assertEquals(10 + cut.length(), phrase.end());
    }

    /** Each row: a name, the asked division's noun, the story's text, whether the name names a division of that noun. */
    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Bertie County | county | A tornado hit Bertie County.                              | true
            Humboldt      | county | The quake hit Humboldt. Humboldt County officials said so. | true
            Eureka        | county | The quake hit the Eureka area in Humboldt County.          | false
            Eureka        | county | The county of Eureka.                                      | false
            Orleans       | parish | Orleans Parish schools closed.                             | true
            Maui County’s | county | Maui County’s mayor declared an emergency.                | true
            County Cork   | county | Rain hit County Cork.                                      | true
            Clara         | county | Rain hit Santa Clara County.                               | false
            Humboldt      | county | The Humboldt County sheriff spoke.                         | true
            Bertie        | counties | Bertie County and Hertford County.                       | true
            """)
    void aDivisionIsNamedWithItsNoun(String name, String noun, String text, boolean named) {
        assertEquals(named, Divisions.named(new Phrase(0, name.length(), name), noun, text));
    }
}
