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
            Which South Carolina chairman, the one who backs Trump, warned Nikki Haley?                      | Trump          | false
            Which player, a teammate of LeBron James, scored the winning basket?                             | LeBron James   | true
            Biden met Xi Jinping, the leader Li Qiang serves, in which city?                                 | Li Qiang       | true
            How many days after Hurricane Helene did Joe Biden visit Asheville?                              | Joe Biden      | false
            How many days after the day Joe Biden left did Kamala Harris speak?                              | Joe Biden      | false
            Who will serve as Joe Biden's chief of staff?                                                    | Joe Biden      | false
            Who became prime minister after Liz Truss resigned?                                              | Liz Truss      | false
            Which spokesperson slammed Republicans after Speaker Kevin McCarthy said probes were rising?      | Kevin McCarthy | true
            Which spokesperson slammed Republicans before Kevin McCarthy testified to Congress?               | Kevin McCarthy | true
            Who became prime minister after Liz Truss announced her resignation?                             | Liz Truss      | false
            After Kevin McCarthy said probes were rising, who slammed Republicans?                           | Kevin McCarthy | true
            Who replied after Kevin McCarthy's speech?                                                       | Kevin McCarthy | false
            Who joined Joe Biden, the first lady and Kamala Harris, on stage?                                | Kamala Harris  | false
            Channing Tatum, who starred in Magic Mike, married whom?                                         | Channing Tatum | false
            For Taylor Swift, which city ended the Eras Tour?                                                | Taylor Swift   | false
            Which song did Taylor Swift sing while Travis Kelce watched from the stands?                     | Travis Kelce   | true
            How many players are on the Hall of Fame ballot, which includes newcomers Alex Rodriguez and David Ortiz? | David Ortiz | true
            How many players are on the ballot for 2022, including Alex Rodriguez?                           | Alex Rodriguez | true
            How many players are on the ballot that includes Alex Rodriguez?                                 | Alex Rodriguez | false
            How many players are on the ballot, which includes Alex Rodriguez, David Ortiz and Barry Bonds?  | Barry Bonds    | true
            How many players are on the ballot, which includes Alex Rodriguez, as Joe Biden said?            | Joe Biden      | false
            Which team, including Alex Rodriguez, won the title?                                             | Alex Rodriguez | true
            """)
    void aNameInAPartThatOnlyDescribesIsDescribing(String asking, String name, boolean describes) {
        int start = asking.indexOf(name);
        assertEquals(describes, DescribingClauses.of(asking).describes(new Phrase(start, start + name.length(), name)));
    }

    /**
     * Each row: an asking sentence, a name in it, whether it stands in the phrase that sets the scene before the main
     * clause: a clause that dates the event, an appositive or a list of what the asked thing holds describes, but does
     * not set the scene.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Facing renewed calls in Congress for a ban, TikTok moved its data to which company's cloud?     | Congress       | true
            Facing renewed calls in Congress for a ban, TikTok moved its data to which company's cloud?     | TikTok         | false
            After beating Delaware State 35-9, what trophy did Delaware receive?                            | Delaware State | true
            What were Ophelia's winds when it made landfall in North Carolina?                               | North Carolina | false
            Which player, a teammate of LeBron James, scored the winning basket?                             | LeBron James   | false
            Channing Tatum, who starred in Magic Mike, married whom?                                         | Channing Tatum | false
            """)
    void aNameInThePhraseThatSetsTheSceneSetsIt(String asking, String name, boolean setsScene) {
        int start = asking.indexOf(name);
        assertEquals(setsScene, DescribingClauses.of(asking).setsScene(new Phrase(start, start + name.length(), name)));
    }

    /** Each row: an asking sentence, the phrase that sets its scene, the sentence without it (blanks trimmed). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After beating Delaware State 35-9, what trophy did Delaware receive? | After beating Delaware State 35-9 | , what trophy did Delaware receive?
            What trophy did Delaware receive after beating Delaware State 35-9?  | ''                                | What trophy did Delaware receive after beating Delaware State 35-9?
            """)
    void theSceneIsCutFromTheSentenceItSets(String asking, String scene, String rest) {
        DescribingClauses clauses = DescribingClauses.of(asking);
        assertEquals(scene, clauses.scene(asking));
        assertEquals(rest, clauses.withoutScene(asking).strip());
        assertEquals(asking.length(), clauses.withoutScene(asking).length());
    }
}
