package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskedKindTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who beat 16-year-old darts prodigy Luke Littler to become the PDC world champion? | PERSON
            Who is China's ambassador to the United Nations?                                 | PERSON
            Where did CNN's Republican primary debate take place this week?                  | PLACE
            When did Wang Yi speak with Kuleba?                                              | DATE
            On which day did the talks end?                                                  | DATE
            What is the best time to book your beach vacation to save money?                | DATE
            What was the year-over-year increase in prices?                                  | ANY
            Storm Ciarán battered western Europe. What top wind speed was recorded?          | COUNT
            What magnitude earthquake struck Japan on New Year's Day?                        | COUNT
            What was the magnitude of the earthquake near Khost?                             | COUNT
            What was the country's fertility rate for 2022?                                  | COUNT
            To what level does the Federal Reserve expect the unemployment rate could climb? | COUNT
            What threat level did MI5 set?                                                   | NAME
            What were Tropical Storm Ophelia's maximum sustained winds at landfall?          | COUNT
            What was the death toll of the earthquake?                                       | COUNT
            What was the name of the toll road that was closed?                              | NAME
            What was the estimated turnout in the election?                                  | COUNT
            The world's population will top out around 2080 at what figure?                  | COUNT
            What was the figure for December?                                                | COUNT
            What net income did Incyte report for the quarter?                               | AMOUNT
            What quarterly income did the bank report?                                       | AMOUNT
            What average salary do major league players now earn?                            | AMOUNT
            How much must Callery repay the state under his sentence?                        | AMOUNT
            What total cost did the city report for the repairs?                             | AMOUNT
            How much should the state repay?                                                 | AMOUNT
            How much might sea levels rise by 2100?                                          | COUNT
            What income tax rate will top earners pay?                                       | COUNT
            Spending hit $37.6 billion in 2022. What was the total in 2021?                  | COUNT
            Which public figure endorsed the plan?                                           | NAME
            Which figure in the scandal resigned?                                            | NAME
            What was the wind farm called?                                                   | NAME
            What was the flight number of the Alaska Airlines jet?                           | NAME
            What is the number of the bill DeSantis signed?                                  | NAME
            What was the total number of deaths?                                             | ANY
            What was the unemployment number in May?                                         | ANY
            What was the number of the victims?                                              | COUNT
            What is the population of Lagos?                                                 | COUNT
            What was the reason for the delay?                                               | ANY
            What is the rate of the fastest-growing city's rents?                            | COUNT
            Which speed skater won the 500 meters?                                           | NAME
            Kamila Valieva was banned from which sport for violating anti-doping rules?      | SPORT
            What sports will debut at the Paris Olympics?                                    | SPORT
            In which years were the Minsk agreements reached?                                | DATE
            Which birth year does Park expect the authorities to choose?                     | DATE
            In what fiscal year did the revenue peak?                                        | DATE
            What last year's champion returned to the tournament?                            | NAME
            Which first-year coach won the title?                                            | NAME
            In which Olympic year did she win gold?                                          | DATE
            What specific absorption rate did the iPhone 12 emit?                            | COUNT
            In which month is the deadline for most Americans to file their returns?         | DATE
            How many South Koreans were in the region as of Thursday?                        | COUNT
            How much snow fell in Denver?                                                    | COUNT
            How much did the stadium cost?                                                   | AMOUNT
            What revenue range did Meta forecast for the first quarter?                      | AMOUNT
            What profits did the bank report?                                                | AMOUNT
            What revenue growth did Nvidia report?                                           | NAME
            How much prize money did Novak Djokovic collect for winning the Italian Open?    | AMOUNT
            How much federal funding did the program receive?                                | AMOUNT
            Roughly how much debt is Neiman Marcus carrying?                                 | AMOUNT
            How much damage did the storm cause in Delaware?                                 | AMOUNT
            How much financing did Rite Aid line up from its lenders?                        | AMOUNT
            How many dollars did the stadium cost?                                           | AMOUNT
            What does a night in one of its nine private cabins cost?                       | AMOUNT
            What did Musk pay for Twitter?                                                   | AMOUNT
            How much in extra benefits a month did households get?                           | AMOUNT
            What did the scandal cost him?                                                   | ANY
            What will the $50 million bond pay for?                                          | ANY
            What did the audit blame for the project's cost overruns?                        | ANY
            What did the house sell for?                                                     | AMOUNT
            What was Miller's annual salary?                                                 | AMOUNT
            What was Patrick Miller's annual salary?                                         | AMOUNT
            What is her salary now?                                                          | AMOUNT
            What was Miller's role in the audit?                                             | ANY
            What will it cost to fix the bridge?                                             | AMOUNT
            What did a Home Pong console cost in stores?                                     | AMOUNT
            What was his score when the game froze?                                          | COUNT
            What was the final score of the game?                                            | SCORE
            How much in advance must tickets be booked?                                      | COUNT
            How much rain fell in Delaware?                                                  | COUNT
            How much rain did the storm bring to Buffalo?                                    | COUNT
            Insulin manufacturers are making their products available at what price?         | AMOUNT
            What is the total amount of funding the agency has awarded?                      | AMOUNT
            What is the suggested retail price of a package of the new cookies?              | AMOUNT
            What is the annual cost-of-living adjustment?                                    | ANY
            What was the reason the fine was cut?                                            | ANY
            What will the city's minimum wage be once it rises on Jan. 1?                    | AMOUNT
            What was the state's minimum wage in 2019?                                       | AMOUNT
            What was the final Senate vote tally?                                            | SCORE
            What was the SAT score needed for admission?                                     | ANY
            What was the real wage growth in March?                                          | ANY
            What is the state's minimum wage law called?                                     | NAME
            What percentage of total sales came from fresh produce?                          | PERCENT
            What was the final score of the game between Princeton and Delaware?             | SCORE
            A plane door panel blew out on a flight operated by which airline?               | NAME
            What safety advice did the Chinese Embassy in Ukraine give its nationals?         | ANY
            What reasons did the minister give for the delay?                                | ANY
            What is the name of the festival that Phish is hosting in Dover?                 | NAME
            Which film won five awards at the 2024 Golden Globes?                            | NAME
            What did Xi tell Putin?                                                          | ANY
            What foreign policy principle does Moscow's approach contrast with?              | ANY
            What sentence did the judge impose?                                              | ANY
            According to Yi, what cannot bring regional security?                            | ANY
            What can't the court decide?                                                     | ANY
            What type of cheese does the president order?                                    | ANY
            South Korea passed a law this week banning the sale of what?                     | ANY
            Why is China reluctant to condemn Russia?                                        | ANY
            What is the sculpture outside the museum called?                                 | NAME
            What is the new memoir titled?                                                   | NAME
            What would the district be renamed under the bill?                               | NAME
            What was the stadium named after?                                                | ANY
            What did the couple name their daughter?                                         | NAME
            What have they titled the project?                                               | NAME
            What did Biden call the ruling?                                                  | ANY
            Where did Delaware place?                                                        | ANY
            Where did the Panthers finish in the standings?                                  | ANY
            Where was the statue placed?                                                     | PLACE
            Where will the marathon finish?                                                  | PLACE
            Where does Ohio State rank?                                                      | ANY
            What was the player called for?                                                  | ANY
            What is the goal of the program dubbed Operation Warp Speed?                     | ANY
            What are the three named defendants accused of?                                  | ANY
            What was the reason the street was renamed?                                      | ANY
            What does the name change mean for fans?                                         | ANY
            What did investigators name as the cause of the crash?                           | ANY
            What did the report titled 'Project 2025' propose?                               | ANY
            What have they named the baby?                                                   | NAME
            What was the number of the witnesses called to testify?                          | COUNT
            NASA crashed DART into a small moon this week. What is that moon called?         | NAME
            Where will the game take place?                                                  | PLACE
            Where did the plane land?                                                        | PLACE
            What is the surname of the Portland schoolteacher?                               | NAME
            What is the title of his most recent Netflix special?                           | NAME
            The debate, which Donald Trump skipped, was held in which Alabama city?          | NAME
            In the salmonella outbreak, which state has reported the most cases?             | NAME
            The debate, which Donald Trump skipped, was held on Wednesday.                   | ANY
            At what rate will cannabis products be taxed?                                    | PERCENT
            By what score did Texas beat Oklahoma State?                                     | SCORE
            House Republicans held a secret ballot. By what vote was he dropped?             | SCORE
            What was the vote on the motion?                                                 | SCORE
            What share of the vote did Phillips receive?                                     | PERCENT
            What was the statewide voter turnout percentage in those elections?              | PERCENT
            What is the party's vote share in the poll?                                      | PERCENT
            What was the company's share price on Friday?                                    | AMOUNT
            How many votes did Phillips receive?                                             | COUNT
            The Navy identified the pilot who was killed. What was his name?                 | PERSON
            What is her full name?                                                           | PERSON
            A couple was charged in the death of their daughter. What was the baby's name?   | PERSON
            What is the ship's name?                                                         | NAME
            Two children were swept away by the flood. What were their names?                | PERSON
            How much per hour is Delaware's minimum wage after the increase?                 | AMOUNT
            How much a gallon did gas cost in Delaware?                                      | AMOUNT
            Pauk asked DeSantis when Fauci would be "in cuffs." Which Iowa town is Pauk from? | NAME
            Officials would not say how many died. Which hospital treated the injured?        | NAME
            Officials said 12 people died. How many were hurt?                                | COUNT
            """)
    void readsTheAskedForTypeFromTheForm(String question, AnswerType type) {
        assertEquals(type, asked(question).type());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A plane door panel blew out on a flight operated by which airline?       | airline
            What was the name of the player who led Smyrna to the state championship? | player
            Which classic video game was finally beaten?                              | classic;video;game
            What is the name of the Hamburgler's car that McDonald's wants spotted?   | car
            Which comedian announced he will return to late-night TV?                 | comedian
            Which NFL team won its first playoff game in 32 years?                    | nfl;team
            Which state conducted a Republican primary contest this week?             | state
            Which recalled food was linked to a salmonella outbreak?                  | recalled;food
            Which NFL team recently won its first playoff game in 32 years?           | nfl;team
            What is the name of the new limited-edition Oreo cookie launched in 2024? | new;limited-edition;oreo;cookie
            What name was given to the winter storm that hit Buffalo?                 | winter;storm
            What title was given to the new Oreo cookie?                              | new;oreo;cookie
            What title was given to Taylor Swift by Time?                             | title
            Which Dallas Cowboys cornerback tied an NFL record?                       | dallas;cowboys;cornerback
            Which country's ambassador spoke at the UN?                               | country
            What is the title of the band's new album?                                | new;album
            Which comedian, currently on his Be Funny tour, will host SNL?            | comedian
            Which Cubs minor league pitching coach taught him the splitter?           | cubs;minor;league;pitching;coach
            Who is the association's chief executive?                                 | chief;executive
            Who is Tesco's chief executive?                                           | chief;executive
            Who is Greece's superintendent of schools?                                | superintendent
            Who is the county's sheriff?                                              | sheriff
            Who was that commissioner, who did not seek re-election?                  | commissioner
            Who is Argo AI's chief executive?                                         | chief;executive
            Who is Bank of America's chief executive?                                 | chief;executive
            Who is Procter & Gamble's chief executive?                                | chief;executive
            Who are those lawmakers?                                                  | lawmakers
            Who is Greece's school district?                                          | ''
            Who is Biden's pick for the court?                                        | ''
            Which team (the champion last year) lost?                                 | team
            What is the name of the man police arrested at the scene?                 | man
            A supplier in India was closed. What is the name of that company?         | company
            What were the names of those killed in the crash?                         | ''
            Which woman prosecutors charged last week was released?                   | woman
            Which state officials resigned?                                           | state;officials
            Who did Anwar Ibrahim appoint as deputy prime minister?                   | deputy;prime;minister
            Who did Anthony Albanese pick as Australia's deputy prime minister?       | deputy;prime;minister
            Who was elected president to replace Gotabaya Rajapaksa?                  | president
            Who was sworn in this week as general president of the Teamsters?         | general;president
            Who beat 16-year-old Luke Littler to become the PDC world champion?       | pdc;world;champion
            Who became the youngest world champion in darts history?                  | youngest;world;champion
            What was the baby's name?                                                 | baby
            Which federal judge temporarily barred the agents from cutting the wire?  | federal;judge
            What is the ship's name?                                                  | ship
            Boeing removed the head of its 737 Max program. Who was he?               | person
            Which Polish immigrant came up with the ready-made cotton swab?           | polish;immigrant
            Which Hall of Fame pitcher had his number retired?                        | hall;fame;pitcher
            Which team of the league won?                                             | team
            Who is the CEO of OpenAI?                                                 | ceo
            Which Secretary of State resigned?                                        | secretary
            Texas seized a park in Eagle Pass. Who is the mayor of Eagle Pass?        | mayor
            Which jazz singer upset Måneskin to be named best new artist?             | jazz;singer
            Which two self-proclaimed republics did Russia say it wanted to protect?  | two;self-proclaimed;republics
            Which Democratic congressman co-sponsored Sen. Marco Rubio's bill?        | democratic;congressman
            Which country test-fired a ballistic missile?                             | country
            Which two former Secretaries of State endorsed Harris?                   | two;former;secretaries
            Which former Justice Department staffer testified?                        | former;justice;department;staffer
            Toyota told owners of which new electric SUV to stop driving it?          | new;electric;suv
            Which power plant, Serbia's largest, did the floods threaten?             | power;plant
            Which Nassau County district attorney said her office would investigate?  | nassau;county;district;attorney
            Which Rhode Island Democrat chairs that subcommittee?                     | rhode;island;democrat
            Which team plays the Chiefs in the Super Bowl?                            | team
            Which state lawmakers this week proposed a ban?                           | state;lawmakers
            Which state agencies that the governor oversees were cut?                 | state;agencies
            Which fashion business owns the brand?                                    | fashion;business
            Residents of which state drank the most beer?                             | state
            What is the name of his boat?                                             | boat
            What is their project called?                                             | project
            What is the new memoir titled?                                            | new;memoir
            What would the district be renamed under the bill?                        | district
            What did the couple name their daughter?                                  | daughter
            What have they titled the project?                                        | project
            What did fans nickname her last season?                                   | ''
            """)
    void theFocusIsTheKindAskedFor(String question, String focus) {
        assertEquals(
                focus.isEmpty() ? Set.of() : Set.of(focus.split(";")),
                asked(question).focus());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which two separatist regions did Russia recognize as independent?  | true
            Which college football teams have won back-to-back titles?         | true
            Which airline found loose bolts?                                   | false
            Which news network reported the remarks?                           | false
            Which species was cloned?                                          | false
            Who won the final?                                                 | false
            """)
    void aCountOrAPluralAsksForSeveral(String question, boolean several) {
        assertEquals(several, asked(question).asksForSeveral());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What type of cheese does President Biden order on his cheese steak? | cheese
            What kind of European security mechanism did Wang Yi call for?      | mechanism
            What did Wang Yi call for?                                          | ''
            """)
    void aKindOfQuestionNamesTheNounWhoseKindItAsks(String question, String noun) {
        assertEquals(noun, asked(question).kindOf());
    }

    /** Each row: a question, whether it asks for a year of a kind ({@link AskedKind#YEAR_OF_A_KIND}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which birth year does Park expect the authorities to choose?      | true
            In what fiscal year did the revenue peak?                         | true
            In which Olympic year did she win gold?                           | true
            Which model year?                                                 | true
            Which second year quarterback started the game?                   | false
            What was year-end revenue?                                        | false
            Which previous year's winner returned?                            | false
            What gap year program did Malia Obama join?                       | false
            What last year's champion returned?                               | false
            The team, which two years ago won the title, plays again. Who won? | false
            """)
    void aYearOfAKindIsAskedRightBeforeTheVerb(String question, boolean asked) {
        assertEquals(
                asked,
                Pattern.compile("(?i)" + AskedKind.YEAR_OF_A_KIND)
                        .matcher(question)
                        .find());
    }

    /**
     * Each row: a question, the count it asks for (0 for none), the kind whose code it asks for ("" for none), whether
     * it asks for a person and whether for a person's relative.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which two separatist regions did Russia recognize?          | 2 | ''     | false | false
            What was the flight number of the plane?                     | 0 | flight | false | false
            What is the number of the bill?                              | 0 | bill   | false | false
            What is the number of the victims?                           | 0 | ''     | false | false
            Which federal judge blocked the law?                         | 0 | ''     | true  | false
            Who is the chief executive of Masimo?                        | 0 | ''     | true  | false
            Which son of the king was crowned?                           | 0 | ''     | true  | true
            Which airline found loose bolts?                             | 0 | ''     | false | false
            """)
    void theFocusSaysWhatIsCountedCodedOrWhoIsAsked(
            String question, int count, String codedKind, boolean person, boolean relative) {
        AskedKind asked = asked(question);
        assertEquals(count, asked.count());
        assertEquals(codedKind, asked.codedKind().orElse(""));
        assertEquals(person, asked.asksForPerson());
        assertEquals(relative, asked.asksForRelative());
    }

    private static AskedKind asked(String question) {
        return AskedKind.of(question, QuestionForm.asking(question), Words.of(question));
    }
}
