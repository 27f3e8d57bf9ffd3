package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionFormTest {

    /** Each row: a question, the names only its opening statement gives (";" between them), or none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cillian Murphy and Greta Gerwig are honorees of the Palm Springs Awards. When is the ceremony? | cillian murphy;greta gerwig;palm springs awards
            Vice President Kamala Harris announced the awards this week; in how many states are the buses the first? | kamala harris
            Vice President Kamala Harris announced the awards this week; In how many states are the buses the first? | kamala harris
            The IRS is now accepting tax returns. In which month is the IRS deadline?                       | ''
            The IRS is now accepting tax returns. In which month is the deadline for Americans?             | irs
            Who won the Palm Springs Awards in 2024?                                                       | ''
            Who did U.S. President Joe Biden call on Monday?                                               | ''
            New Hampshire Gov. Chris Sununu endorsed Nikki Haley at which Manchester venue?                | ''
            """)
    void namesOnlyTheOpeningStatementGivesSetTheScene(String question, String background) {
        assertEquals(names(background), QuestionForm.of(question).background());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who beat 16-year-old darts prodigy Luke Littler to become the PDC world champion? | luke littler
            Who became the chief executive of OpenAI in 2023?                                 | openai
            Insulin manufacturers are making their products available at what price?         | ''
            Who did Emmanuel Macron appoint as France's next prime minister?                 | emmanuel macron;france
            What was the name of the player who led Smyrna to the title on August 15th?      | smyrna
            Which news network reported Zhang Jun's remarks?                                  | zhang jun
            What is the name of the NFL team that Jason Kelce's brother Travis plays for?     | jason kelce;travis
            Which Republican presidential candidate won the Iowa caucuses?                    | iowa
            Which comedian announced he will return to late-night TV next month?              | ''
            Who became CEO after the NFL game in Iowa?                                        | nfl;iowa
            In which month is the deadline for most Americans to file their returns?          | ''
            How many Ukrainians fled to Poland?                                               | poland
            How many South Koreans were in the region?                                        | south koreans
            What share of the vote did Rep. Dean Phillips receive in the primary?             | dean phillips
            Missing American student Kenny DeLand Jr. studied in which French city?           | kenny deland jr
            Chinese researchers have cloned which monkey species?                             | ''
            New Hampshire Gov. Chris Sununu endorsed Nikki Haley at which venue?              | new hampshire;chris sununu;nikki haley
            Which firm did Indiana Gov. Mike Pence's administration hire?                     | indiana;mike pence
            New Year's Eve flooding in California closed which freeway?                       | california
            Which state should hold the first Democratic primary on Christmas Day?            | democratic
            Which president signed Juneteenth into law?                                       | juneteenth
            Which actor starred in Independence Day?                                          | independence day
            Which restaurant chain bought Burger King?                                        | burger king
            Under the bill unveiled by Canadian Prime Minister Justin Trudeau, how many rounds? | justin trudeau
            Whom did President Emmanuel Macron appoint as prime minister?                     | emmanuel macron
            Which company bought Burger King Corp. in 2010?                                   | burger king corp
            Which bill did President Biden veto on Tuesday?                                   | president biden
            Whom did Prime Minister Rishi Sunak appoint?                                      | rishi sunak
            Which fund did King County set up?                                                | king county
            How many players are on the Hall of Fame ballot for the Class of 2022?            | hall fame
            Which Class of 2022 senior won the award?                                         | ''
            Which senator chairs the Class Action Committee?                                  | class action committee
            According to state data, what was the average rate on payday loans in Delaware?   | delaware
            Who cast Aubrey Plaza in HBO's 'The White Lotus'?                                 | aubrey plaza;white lotus
            Which song scores the dance from Netflix’s “Wednesday”?                           | wednesday
            Who runs HBO's documentary unit?                                                  | hbo
            Experts said 10% of New Jersey's restaurants would close. Roughly what share has? | new jersey
            Who criticized Vance's 'Childless Cat Ladies' remark?                             | vance;childless cat ladies
            Which HBO show replaced 'Succession'?                                             | succession
            """)
    void namesInTheQuestionAreItsConstraints(String question, String entities) {
        assertEquals(names(entities), QuestionForm.of(question).entities());
    }

    /** "luke littler;pdc" as the names [[luke, littler], [pdc]]; "" as none. */
    private static List<List<String>> names(String written) {
        return WordLists.of(written);
    }

    /**
     * Each row: a question, the numbers it states that the evidence must state too, by value; one in the asked-for kind
     * ("which two regions", "which 1980s supermodel") says what the answer is, not which event.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who beat 16-year-old darts prodigy Luke Littler?                              | 16
            Which NFL team won its first playoff game in 32 years?                        | 1;32
            Who hosted the episode after Nate Bargatze's Oct. 28 show in 2023?            | 28
            Which two regions did Russia recognise as independent?                        | ''
            Which 1980s supermodel is the grand marshal of the parade?                   | ''
            A survey found that 52% of people would give up a fifth of their pay. Where?   | 52
            How many South Koreans were in the region?                                    | ''
            Which actor, who played Luis for more than four decades, died at 81?   | 81
            Which estate, worth around $1.2 billion, did Prince William inherit?     | ''
            After a door plug blew out at 16,000 feet, the FAA grounded planes. How many are affected? | ''
            Japan recently became the fifth country to land on the moon. What is its lander called?    | 5
            After beating Delaware State 35-9 in Ryan Carty's first home game, what trophy did UD receive? | 1
            Who scored in the 35-9 win over Delaware State?                                        | 35;9
            The outlet on Route 22 is the chain's third away from the Shore. Where are the other two? | 3;22
            Under Gov. Gretchen Whitmer's plan, what share must get a first dose before offices reopen? | ''
            In which town is the nearest of the other 11 stores?                                 | ''
            On Jan. 6, which senators objected to the count?                                      | 6
            Which teams have played each other 3 times?                                          | 3
            Which of the other 3 defendants pleaded guilty on Count 4?                           | 4
            """)
    void numbersOtherThanYearsAndTheAskedCountAreConstraints(String question, String numbers) {
        assertEquals(
                numbers.isEmpty() ? Set.of() : Set.of(numbers.split(";")),
                QuestionForm.of(question).numbers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who won the 2019 Nobel Prize in Literature?                          | 2019
            Which film won five awards at the 2024 Golden Globes?                | 2024
            How many South Koreans were in the region?                           | ''
            """)
    void yearsAreConstraints(String question, String years) {
        assertEquals(
                years.isEmpty() ? Set.of() : Set.of(years),
                QuestionForm.of(question).years());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What did China's Foreign Ministry spokeswoman Hua Chunying call on all parties to do? | spokeswoman
            Who beat 16-year-old darts prodigy Luke Littler to become the PDC world champion?    | ''
            Which news network reported Zhang Jun's remarks?                                      | ''
            """)
    void aTitleBetweenTwoNamesDescribesThemAndIsNotWhatIsAsked(String question, String descriptors) {
        assertEquals(
                descriptors.isEmpty() ? Set.of() : Set.of(descriptors.split(";")),
                QuestionForm.of(question).descriptors());
    }

    /** Each row: a question, the people it names, each as its words joined by spaces, separated by ";". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What share of the vote did Rep. Dean Phillips receive in the primary?              | dean phillips
            Who was sworn in this week as general president of the International Brotherhood of Teamsters? | ''
            At which Manchester venue did Gov. Chris Sununu endorse Nikki Haley?                | chris sununu
            Sununu endorsed Haley. At which Manchester venue was the rally?                     | ''
            How many warplanes entered the zone on the day Nancy Pelosi met President Tsai Ing-wen? | ''
            Under the bill unveiled by Prime Minister Justin Trudeau, how many rounds may magazines hold? | ''
            Which airport was hardest hit in the Martin Luther King Jr. Day weekend storm?      | ''
            What share of the vote did President Biden get among voters of Rep. Dean Phillips? | president biden;dean phillips
            How many years was Evonne Haley sentenced to for her role in the murders?   | evonne haley
            """)
    void theNamesTheQuestionWritesAsAPersonsArePeople(String question, String people) {
        assertEquals(names(people), QuestionForm.of(question).people());
    }

    /** Each row: a question, the names it writes only where it describes the story, as in {@link #names}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Facing renewed calls in Congress for a ban, TikTok has committed to moving its data to which company's cloud? | congress
            Which spokesperson slammed Republicans after Speaker Kevin McCarthy said probes were rising?          | kevin mccarthy
            Under a bill unveiled by Justin Trudeau, how many rounds did Justin Trudeau allow magazines?         | ''
            Which company did TikTok pick for its cloud?                                                          | ''
            """)
    void theNamesOnlyADescribingPartWritesIdentifyTheStory(String question, String describing) {
        assertEquals(names(describing), QuestionForm.of(question).describing());
    }

    /** Each row: a question, the names it writes only in the phrase that sets its scene, as in {@link #names}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Facing renewed calls in Congress for a ban, TikTok has committed to moving its data to which company's cloud? | congress
            Which spokesperson slammed Republicans after Speaker Kevin McCarthy said probes were rising?          | ''
            Under a bill unveiled by Justin Trudeau, how many rounds did Justin Trudeau allow magazines?         | ''
            What were Ophelia's winds when it made landfall in North Carolina?                                   | ''
            """)
    void theNamesOnlyTheSceneWritesAreTheScenes(String question, String scene) {
        assertEquals(names(scene), QuestionForm.of(question).scene());
    }
}
