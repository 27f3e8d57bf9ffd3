package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescribingClausesTest {
    /** Each row: an asking sentence, a name in it, whether the part it stands in only describes the story. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Under the bill unveiled by Prime Minister Justin Trudeau, how many rounds may magazines hold?  | Justin Trudeau | true
            Facing protests after Pedro Castillo's ouster, when did Dina Boluarte propose elections?        | Pedro Castillo | true
            Facing protests after Pedro Castillo's ouster, when did Dina Boluarte propose elections?        | Dina Boluarte  | false
            Edouard Philippe, the lawmaker Emmanuel Macron appointed, is mayor of which port city?         | Emmanuel Macron | true
            Edouard Philippe, the lawmaker Emmanuel Macron appointed, is mayor of which port city?         | Edouard Philippe | false
            How many warplanes entered the zone on the day Nancy Pelosi met President Tsai Ing-wen?         | Nancy Pelosi   | true
            In what year was the tribute to him, when Dennis Rodman sang before a game?                     | Dennis Rodman  | true
            When did Dennis Rodman sing before a game in Pyongyang?                                          | Dennis Rodman  | false
            What share of the vote did President Biden get among voters of Rep. Dean Phillips?              | Dean Phillips  | false
            In which city did Joe Biden speak, after a week of talks?                                        | Joe Biden      | false
            As Nikki Haley heads into her home-state primary, which chairman warned her?                     | Nikki Haley    | true
            Which South Carolina chairman, the one who backs Trump, warned Nikki Haley?                      | Nikki Haley    | false
            Which player, a teammate of LeBron James, scored the winning basket?                             | LeBron James   | true
            Biden met Xi, the Chinese leader, in which city?                                                 | Biden          | false
            """)
    void aNameInAPartThatOnlyDescribesIsDescribing(String asking, String name, boolean describes) {
        int start = asking.indexOf(name);
        assertEquals(describes, DescribingClauses.describes(asking, new Phrase(start, start + name.length(), name)));
    }
}
