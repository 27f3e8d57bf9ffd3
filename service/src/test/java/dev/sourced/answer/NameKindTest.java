package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKindTest {
    /** Each row: a sentence, the name in it, the kind its words or the word before mark. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            NATO Secretary General Jens Stoltenberg said so.          | Secretary General Jens Stoltenberg | PERSON
            Foreign Ministry spokeswoman Hua Chunying spoke.          | Hua Chunying                        | PERSON
            The town was hit, Deputy Sheriff Scott Gibbon told NBC.   | Deputy Sheriff Scott Gibbon         | PERSON
            Officer Jane Roe made the arrest.                         | Officer Jane Roe                    | PERSON
            The bill by Rep. Laura Hall creates a commission.         | Laura Hall                          | PERSON
            Sen. Mike Church voted no.                                | Mike Church                         | PERSON
            The concert is at Carnegie Hall on Friday.                | Carnegie Hall                       | PLACE
            the Queen Elizabeth Hall reopened.                        | Elizabeth Hall                      | PLACE
            He is the USA TODAY Girls Soccer Player of the Year.      | Girls Soccer Player                 | EVENT
            She is the AP Coach of the Week.                          | AP Coach                            | EVENT
            CEO Bernard Kim of the Match Group spoke.                 | Bernard Kim                         | PERSON
            She started the Player of the Week 12 game.               | Player                              | UNMARKED
            Host Gayle King noted that it was no definite no.         | Host Gayle King                     | PERSON
            Host Qatar lost 2-0 to Ecuador.                           | Host Qatar                          | UNMARKED
            Host South Korea won the opener.                          | Host South Korea                    | UNMARKED
            The Court of Arbitration for Sport banned her.            | Court of Arbitration               | BODY
            Americans for Prosperity Action endorsed Haley.           | Americans for Prosperity Action    | BODY
            She led the Phoenix Veterans Day Parade on Saturday.      | Phoenix Veterans Day Parade        | EVENT
            The Geneva Convention protects prisoners of war.          | Geneva Convention                  | UNMARKED
            He gave to Doctors Without Borders.                       | Doctors Without Borders            | BODY
            Look it up at the Republican Party of Iowa website.       | Republican Party of Iowa           | BODY
            The NFL Players Association chief spoke.                  | NFL Players Association            | BODY
            Owner Woodbridge-based Onyx Equities transformed it.      | Onyx Equities                      | BODY
            The CDC works with the FDA.                               | CDC                                 | INITIALS
            The decision was reported by USA TODAY on Monday.         | USA TODAY                           | INITIALS
            The talks were held in the UAE this week.                 | UAE                                 | TERRITORY
            The decision was reported by NBC News on Monday.          | NBC News                            | BODY
            She plays in the PDC World Darts Championship.            | PDC World Darts Championship       | EVENT
            He secured a spot in the World Championship Finals.       | World Championship Finals          | EVENT
            Arizona Republican Blake Masters lost the race.           | Blake Masters                      | UNMARKED
            She lost in the final of the Australian Open.             | Australian Open                    | EVENT
            The Washington Post Guild challenged Ryan.                | Washington Post Guild              | BODY
            He spoke to the Judiciary Subcommittee on Monday.         | Judiciary Subcommittee             | BODY
            It is run by Autonomy, a think tank, and a campaign.      | Autonomy                           | BODY
            Shares of Nvidia, the chipmaker, rose on Monday.          | Nvidia                             | BODY
            “We will act,” said Hogue, the association's chief executive. | Hogue                           | PERSON
            It costs $15, said Matt Christian, director of supply chain insights. | Matt Christian         | PERSON
            Jane Doe, senior vice president at the bank, spoke.       | Jane Doe                            | PERSON
            Bob Smith, co-founder of the startup, spoke.              | Bob Smith                           | PERSON
            Shares of Nvidia, maker of the chips, rose.               | Nvidia                              | UNMARKED
            Flights to Paris, capital of France, resumed.             | Paris                               | UNMARKED
            Relatives sued Boeing, seeking justice for the victims.   | Boeing                              | UNMARKED
            Shares of Nvidia, king of AI chips, rose.                 | Nvidia                              | UNMARKED
            They met in Fortuna, a small city, on Monday.             | Fortuna                            | PLACE
            They met Fortuna, a rival of the club, on Monday.         | Fortuna                            | UNMARKED
            Runners broke records in Washington Heights.              | Washington Heights                  | PLACE
            Her coffin was lowered beneath St. George’s Chapel.       | St. George’s Chapel                 | PLACE
            Shirley Temple sang on the show.                          | Shirley Temple                      | UNMARKED
            Luke Humphries beat Luke Littler.                         | Luke Humphries                      | UNMARKED
            Climate activists threw soup at the Mona Lisa.            | Mona Lisa                           | UNMARKED
            A hole blew out of an Alaska Airlines plane.              | Alaska Airlines                     | BODY
            The jet was roughly 40 miles east of downtown Los Angeles. | Los Angeles                        | PLACE
            The storm stalled 20 miles north of Kyiv on Monday.       | Kyiv                                | PLACE
            Flight FZ981 was traveling from Dubai to Rostov-on-Don.   | Dubai                               | PLACE
            The plane flew from the Canary Islands on Monday.         | Canary Islands                      | PLACE
            Flight FZ981 was traveling from Dubai to Rostov-on-Don.   | Flight FZ981                        | MODEL
            The G7 Summit opened on Monday.                           | G7 Summit                           | EVENT
            Flights were canceled over Martin Luther King Jr. Day weekend. | Martin Luther King Jr. Day    | EVENT
            Jason Day won the PGA Championship on Sunday.             | Jason Day                           | UNMARKED
            The Orioles play at Cal Ripken Jr. Stadium on Monday.     | Cal Ripken Jr. Stadium              | PLACE
            Ford made the Lightning F-150 in Dearborn.                | Lightning F-150                     | MODEL
            Flights from Delta were canceled on Monday.               | Delta                               | UNMARKED
            Traveling from Dubai, the jet crashed.                    | Dubai                               | PLACE
            The award went from Biden to Trump on Monday.             | Biden                               | UNMARKED
            Mark Rutte spoke east of the Rhine on Monday.             | Mark Rutte                          | UNMARKED
            Regional manager of McDonalds Ed Rensi called Murray.     | Ed Rensi                            | PERSON
            Philippe is mayor of Le Havre, a port city.               | Le Havre                            | PLACE
            He was shot in the Southbridge neighborhood on Monday.    | Southbridge                         | PLACE
            The jet crashed short of the Rostov-on-Don airport.       | Rostov-on-Don                       | PLACE
            The House will vote on the Delivering for America Act.    | Delivering for America Act          | WORK
            The Treaty of Versailles ended the war.                   | Treaty of Versailles                | WORK
            She drove a Honda Accord to work.                         | Honda Accord                        | UNMARKED
            The Razzies pick the worst films Hollywood has to offer.  | Hollywood                           | PLACE
            Stocks fell on Wall Street on Tuesday.                    | Wall Street                         | PLACE
            The Southbridge family sued the city.                     | Southbridge                         | UNMARKED
            Agents will begin busing asylum-seeking migrants to El Paso. | El Paso                          | PLACE
            They were bused for nearly 300 miles to El Paso.          | El Paso                             | PLACE
            She flew to Paris on Monday.                              | Paris                               | PLACE
            He was traded to Miami on Monday.                         | Miami                               | UNMARKED
            The letter was sent to Biden on Monday.                   | Biden                               | UNMARKED
            They walked the dog, then talked to Smith.                | Smith                               | UNMARKED
            Harris flew to Biden's home in Delaware.                  | Biden's                             | UNMARKED
            Trump walked over to Kim Jong Un at the border.           | Kim Jong Un                         | UNMARKED
            The Blue Hens travel to Villanova on Saturday.            | Villanova                           | UNMARKED
            Ohio voters met at a Biden town hall in Dayton.           | Biden                               | UNMARKED
            Alexis Kohler, Macron's new general secretary, spoke.     | Alexis Kohler                       | PERSON
            Paris, the host of the 2024 Olympics, unveiled a plan.    | Paris                               | UNMARKED
            Arsenal, a rival of the club, won the game.               | Arsenal                             | UNMARKED
            The coach of Ed Rensi called Murray.                      | Ed Rensi                            | UNMARKED
            Two fans of the singer Madonna sued.                      | Madonna                             | PERSON
            Bernard Arnault, the chairman of LVMH, overtook Musk.     | Bernard Arnault                     | PERSON
            He wore a pair of Wolf & Shepherd's shoes.                | Wolf & Shepherd's                   | BODY
            Procter & Gamble made Tide Pods.                          | Procter & Gamble                    | BODY
            Stores get limited-edition Oreo Black & White cookies.    | Black & White                       | UNMARKED
            In March Procter & Gamble raised its prices.              | Procter & Gamble                    | BODY
            Shoppers found Unilever's Ben & Jerry's pints.            | Ben & Jerry's                       | BODY
            The Aspen Food & Wine Festival opened on Friday.          | Aspen Food & Wine Festival          | EVENT
            Shares fell, according to analyst Dan Ives.               | Dan Ives                            | PERSON
            Saudi Arabia, the leader of OPEC, cut output.             | Saudi Arabia                        | UNMARKED
            Paris, the capital of France, unveiled a plan.            | Paris                               | UNMARKED
            Officials want more troops to deter Russia.               | Russia                              | UNMARKED
            Officials want more troops to deter Putin.                | Putin                               | UNMARKED
            The judge barred Border Patrol agents from the site.      | Border Patrol                       | UNMARKED
            A judge named Alia Moses barred the agents.               | Alia Moses                          | PERSON
            The future king inherits the private Duchy of Cornwall estate. | Duchy of Cornwall              | UNMARKED
            The carrier Alaska Airlines found loose bolts.            | Alaska Airlines                     | BODY
            Two of the players met Ed Rensi.                          | Ed Rensi                            | UNMARKED
            Postings fell from the quarter. The Ladders said so.      | The Ladders                         | UNMARKED
            Postings fell from the manager. The Ladders said so.      | The Ladders                         | UNMARKED
            He played at the Alexandra Palace in London.              | Alexandra Palace                    | PLACE
            Police found the girl at a home on Ocean Parkway.         | Ocean Parkway                       | PLACE
            She was shot in the 600 block of N. Washington St. on Tuesday. | N. Washington St               | PLACE
            US Highway 101 was closed in both directions.             | US Highway 101                      | PLACE
            Flight FZ981 crashed on landing.                          | Flight FZ981                        | MODEL
            Traffic stopped on Interstate 30 near Dallas.             | Interstate 30                       | PLACE
            He played at the Alexandra Palace in London.              | London                              | PLACE
            He was taken to a hospital in Kashihara, Nara Prefecture.  | Nara Prefecture                     | PLACE
            She coached for Premier Volleyball for a decade.          | Premier Volleyball                  | BODY
            The ruling came from USA Gymnastics on Monday.            | USA Gymnastics                      | BODY
            It was said in Biden's speech.                            | Biden's                             | UNMARKED
            Shares of Burger King rose on Monday.                     | Burger King                         | UNMARKED
            The Justice Department sued on Monday.                    | Justice Department                  | BODY
            Ferries sail to Prince Edward Island daily.               | Prince Edward Island                | PLACE
            President Biden spoke on Monday.                          | President Biden                     | PERSON
            It was named by the Delaware Sportswriters and Broadcasters Association. | Delaware Sportswriters | BODY
            Luke Humphries and Michael Smith reached the final.       | Luke Humphries                      | UNMARKED
            Alaska Airlines and Boeing said so.                       | Alaska Airlines                     | BODY
            U.S. Customs and Border Protection is set to decide.      | U.S. Customs and Border Protection  | BODY
            The Centers for Disease Control and Prevention said so.   | Centers for Disease Control and Prevention | BODY
            A fellow at the Center for American Progress wrote it.    | Center for American Progress        | BODY
            She spoke at the Council on Foreign Relations.            | Council on Foreign Relations        | BODY
            The Food and Drug Administration released a directive.    | Food and Drug Administration        | BODY
            Donetsk and Luhansk were recognised.                      | Donetsk                             | UNMARKED
            It gave trophies to “Oppenheimer” on Sunday.              | Oppenheimer                         | WORK
            He hosts "The Daily Show," the network said.              | The Daily Show                      | WORK
            “Oppenheimer director Christopher Nolan won,” she said.   | Oppenheimer                         | UNMARKED
            After six nominations, Nolan finally won his first Globe. | Nolan                               | PERSON
            Murray wondered if maybe he’d asked for too much.         | Murray                              | PERSON
            It started with Richardson, who entered the season first. | Richardson                          | PERSON
            The administration sued Texas because he said so.         | Texas                               | UNMARKED
            The Chiefs, who won, thanked his mother.                  | Chiefs                              | UNMARKED
            Apple said Tim Cook would give his keynote.               | Apple                               | UNMARKED
            Texas sued her on Monday.                                 | Texas                               | UNMARKED
            Sales of the Apple Watch Series 9 were banned.            | Apple Watch Series 9                | MODEL
            Boeing's 737 Max jets were grounded.                      | 737 Max                             | MODEL
            Eagle Pass borders Piedras Negras, Coahuila, Mexico, across the river. | Piedras Negras           | PLACE
            The park is in Eagle Pass, Texas.                        | Eagle Pass                          | PLACE
            Eagle Pass borders Piedras Negras, Coahuila, Mexico, across the river. | Coahuila                 | PLACE
            The prize went to Jones, Smith, and Brown.                | Smith                               | UNMARKED
            Gold went to Mikaela Shiffrin, United States, in 1:52.3.  | Mikaela Shiffrin                    | UNMARKED
            Its sister company Warner Music said nothing.            | Warner Music                        | UNMARKED
            Its sister Maria Shiffrin said nothing.                   | Maria Shiffrin                      | PERSON
            Apple, Microsoft, and Google rose.                        | Apple                               | UNMARKED
            The film "The Exorcist: Believer" is up for worst movie.  | The Exorcist                        | WORK
            The film "The Exorcist: Believer" is up for worst movie.  | Believer                            | WORK
            It was found in Portland, Oregon, on Sunday.              | Oregon                              | PLACE
            It was found by Portland, Oregon police on Sunday.        | Oregon                              | UNMARKED
            It was endorsed by Republican Gov. Chris Sununu.          | Republican Gov.                     | PERSON
            He called. Murray wondered if he’d asked too much.        | Murray                              | PERSON
            It was banned after California health tech firms sued.    | California                          | UNMARKED
            Langley spoke at the Marine Barracks after the ceremony.  | Marine Barracks                     | PLACE
            A manhunt ended in Middle Tennessee on Friday.            | Middle Tennessee                    | PLACE
            Storms hit Northern California overnight.                 | Northern California                 | PLACE
            North Carolina voted for him on Tuesday.                  | North Carolina                      | UNMARKED
            South Korea said it would join the sanctions.             | South Korea                         | UNMARKED
            They went missing in the west of Amazonas state on Sunday. | Amazonas                           | PLACE
            She was elected in the Kherson province vote.             | Kherson                             | UNMARKED
            A Florida state senator filed the bill.                   | Florida                             | UNMARKED
            Questions about Biden's state of mind grew.               | Biden's                             | UNMARKED
            Russian state TV showed the parade.                       | Russian                             | UNMARKED
            An expert on North Korea spoke on Monday.                 | North Korea                         | UNMARKED
            It happened in Ballina, Co Mayo, on Monday.               | Ballina                             | PLACE
            Police went to a home in the 400 block of Lambert Drive.  | Lambert Drive                       | PLACE
            Fans can vote for the award at RottenTomatoes.com.        | RottenTomatoes.com                  | BODY
            It was distributed by Wismettac Asian Foods, Inc., the FDA said. | Wismettac Asian Foods        | BODY
            It was distributed by Wismettac Asian Foods on Monday.    | Wismettac Asian Foods               | UNMARKED
            She is unlikely to return to duties until after Easter.   | Easter                              | EVENT
            Stores stay open on New Year's Eve this year.             | New Year's Eve                      | EVENT
            How long was Evonne Haley sentenced to for her role?      | Evonne Haley                        | PERSON
            How much was Evonne Haley fined for his crimes?           | Evonne Haley                        | PERSON
            Did Acme sue her company over the song?                   | Acme                                | UNMARKED
            Did Texas win its case against her husband?               | Texas                               | UNMARKED
            Did Disney fire the actress over her posts?               | Disney                              | UNMARKED
            The buyer was Microsoft, she said.                        | Microsoft                           | UNMARKED
            Ramadan, who denies the charges, appeared in court.       | Ramadan                             | PERSON
            It will host celebrities like Ben Stiller and Peter Farrelly at talks. | Peter Farrelly     | PERSON
            It will host celebrities like Ben Stiller and Peter Farrelly at talks. | Ben Stiller        | PERSON
            Actors such as Emma Stone, Ryan Gosling and Greta Gerwig came. | Greta Gerwig               | PERSON
            Rivals including Apple and Samsung cut prices.            | Samsung                             | UNMARKED
            Advertisers like Disney and Apple pulled ads.             | Apple                               | UNMARKED
            Actresses such as Emma Stone and Greta Gerwig came.       | Greta Gerwig                        | PERSON
            It drew stars, including Ben Stiller and Peter Farrelly.  | Peter Farrelly                      | UNMARKED
            It drew comedians, including Ben Stiller and Peter Farrelly. | Peter Farrelly                   | PERSON
            Women like Emma Stone and Greta Gerwig came.              | Greta Gerwig                        | PERSON
            Leaders like Pfizer and Moderna sold the most doses.      | Moderna                             | UNMARKED
            Players like Mahomes said so, and Acme won.               | Acme                                | UNMARKED
            That morning, Grimes resident Mike Pauk posed a question. | Grimes                              | PLACE
            Two Wilmington natives, both lawyers, met there.          | Wilmington                          | PLACE
            It sells Android native apps.                             | Android                             | UNMARKED
            Biden's resident physician spoke.                         | Biden's                             | UNMARKED
            It was Smyrna's Painted Stave Distillery co-owner.        | Painted Stave Distillery            | BODY
            The Dogfish Head Brewery makes it.                        | Dogfish Head Brewery                | BODY
            It was ex-Hen QB Carty's first home game.                 | QB Carty's                          | PERSON
            """)
    void aNameIsMarkedByItsTitleItsHeadOrItsInitials(String sentence, String name, NameKind kind) {
        int start = sentence.indexOf(name);
        assertEquals(kind, NameKind.of(sentence, Phrase.of(sentence, start, start + name.length())));
    }

    @org.junit.jupiter.api.Test
    void aNameFarIntoALongPassageIsMarkedByTheWordsAroundIt() {
        String passage = "The committee met again on Monday after a long recess. ".repeat(8)
                + "The plan was backed by President Biden on Tuesday. " + "Nothing else was said about it. ".repeat(8);
        int start = passage.indexOf("President Biden");
        assertEquals(
                NameKind.PERSON, NameKind.of(passage, Phrase.of(passage, start, start + "President Biden".length())));
        int city = passage.indexOf("Monday");
        assertEquals(NameKind.UNMARKED, NameKind.of(passage, Phrase.of(passage, city, city + "Monday".length())));
    }

    /** Each row: a question, the kinds of name that cannot answer it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who beat Luke Littler?                                     | EVENT PLACE WORK MODEL
            Who beat Luke Littler to become the PDC world champion?    | BODY EVENT PLACE TERRITORY INITIALS WORK MODEL
            Who became president after the election?                   | BODY EVENT PLACE TERRITORY INITIALS WORK MODEL
            Who became a household name after the show?                | EVENT PLACE WORK MODEL
            Who is the chief executive of Masimo?                      | BODY EVENT PLACE TERRITORY INITIALS WORK MODEL
            Who is the company that sued Apple?                        | EVENT PLACE WORK MODEL
            Where did the debate take place?                           | PERSON EVENT WORK MODEL
            Which comedian will return to late-night TV?               | BODY EVENT PLACE TERRITORY INITIALS WORK MODEL
            Which Republican candidate was the runner-up in Iowa?      | BODY EVENT PLACE TERRITORY INITIALS WORK MODEL
            A door blew out on a flight operated by which airline?     | PERSON EVENT PLACE TERRITORY WORK MODEL
            Which state was sued by the Biden administration?          | PERSON EVENT BODY WORK MODEL INITIALS
            In which country was the student found?                    | PERSON EVENT BODY WORK MODEL INITIALS
            In which city was the student found?                       | PERSON EVENT BODY WORK MODEL
            In which Florida county were the cases identified?         | PERSON EVENT BODY WORK MODEL INITIALS TERRITORY
            Which comedian, currently on tour, will host the show?     | BODY EVENT PLACE TERRITORY INITIALS WORK MODEL
            Who is the association's chief executive?                  | BODY EVENT PLACE TERRITORY INITIALS WORK MODEL
            Which film won five awards at the Golden Globes?           | PERSON BODY INITIALS PLACE TERRITORY EVENT
            Which show did Jon Stewart return to?                      | PERSON BODY INITIALS PLACE TERRITORY
            Which series did the Rangers win?                          | PERSON BODY INITIALS PLACE TERRITORY
            Which artwork did the activists target?                    | PERSON BODY INITIALS TERRITORY EVENT PLACE
            What is the name of the military exercise launched by Nato? | PERSON BODY INITIALS TERRITORY EVENT PLACE
            Which broadcaster aired the debate?                        | PERSON EVENT PLACE TERRITORY WORK MODEL
            Which carmaker conducted the survey?                       | PERSON EVENT PLACE TERRITORY WORK MODEL
            Which UN Secretary General criticised Putin?               | BODY EVENT PLACE TERRITORY INITIALS WORK MODEL
            What is the name of the festival?                          | PERSON BODY INITIALS TERRITORY
            At which conference did Wang Yi speak?                     | PERSON BODY INITIALS TERRITORY
            Which storm hit Britain?                                   | PERSON BODY INITIALS TERRITORY MODEL PLACE
            What name was given to the winter storm?                   | PERSON BODY INITIALS TERRITORY MODEL PLACE
            What category storm was Hurricane Lee on Monday?           | PERSON BODY INITIALS TERRITORY
            Until after which holiday will she stay home?              | PERSON BODY INITIALS TERRITORY
            Which tour did she announce?                               | PERSON BODY INITIALS TERRITORY
            What was the spacecraft called?                            | PERSON BODY INITIALS TERRITORY EVENT PLACE
            Which venue hosted the debate?                             | PERSON BODY INITIALS TERRITORY EVENT MODEL
            Near which community did the hurricane make landfall?      | PERSON BODY INITIALS TERRITORY EVENT MODEL
            Which school won the national championship?                | PERSON EVENT PLACE WORK MODEL
            Which hotel was damaged by the explosion?                  | PERSON BODY INITIALS TERRITORY EVENT MODEL
            To which destination did the flight divert?                | PERSON EVENT BODY WORK MODEL
            Which Ontario-based wholesaler would supply the medicines? | PERSON EVENT PLACE TERRITORY WORK MODEL
            Which east London hospital did the Queen call?             | PERSON EVENT PLACE TERRITORY WORK MODEL
            Which pipeline company was attacked?                       | PERSON EVENT PLACE TERRITORY WORK MODEL
            Which team won the World Cup?                              | PERSON EVENT PLACE WORK MODEL
            Which government recognised Kosovo?                        | PERSON EVENT PLACE WORK MODEL
            Near which lunar crater did the probe crash?               | PERSON BODY INITIALS TERRITORY EVENT MODEL
            What traditional trophy did the team receive?             | PERSON BODY INITIALS TERRITORY MODEL PLACE
            How many people were there?                                | ''
            """)
    void theQuestionRefusesNamesOfAnotherKind(String question, String refused) {
        QuestionForm form = QuestionForm.of(question);
        Set<NameKind> expected = refused.isEmpty()
                ? EnumSet.noneOf(NameKind.class)
                : Stream.of(refused.split(" ")).map(NameKind::valueOf).collect(Collectors.toSet());
        assertEquals(expected, NameKind.refusedFor(form.type(), List.copyOf(form.focus())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            player,      true
            comedian,    true
            candidate,   true
            economists,  true
            waitress,    true
            star,        true
            general,     true
            flavor,      false
            number,      false
            artwork,     false
            sport,       false
            student,     true
            man,         true
            sheriff,     true
            after,       false
            other,       false
            former,      false
            quarter,     false
            referee,     true
            umpire,      true
            quarterback, true
            cornerback,  true
            goaltender,  true
            attorney,    true
            committee,   false
            coffee,      false
            great-grandson, true
            daughter,    true
            co-founder,  true
            vice-president, true
            e-book,      false
            newspaper,   false
            five-star,   false
            six-figure,  false
            brother-in-law, true
            ex-wife,     true
            driver,      true
            follow-up,   false
            attendees,   true
            retiree,     true
            festival-goers, true
            degree,      false
            subcommittee, false
            three,       false
            levee,       false
            daughters,   true
            stepson,     true
            fiancée,     true
            supermodel,  true
            sibling,     true
            expert,      true
            lady,        true
            lander,      false
            rovers,      false
            helicopter,  false
            bomber,      true
            oceanliner,  false
            icebreaker,  false
            """)
    void nounsForPeopleAreKnownByTheirEndingOrAsFewWords(String noun, boolean person) {
        assertEquals(person, NameKind.isPersonNoun(noun));
    }

    /** Each row: the first of a name's two words, whether it may be a person's first name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Jasper,   true
            Andy,     true
            Ryan,     true
            jasper,   false
            West,     false
            Lake,     false
            Mount,    false
            Fort,     false
            New,      false
            San,      false
            Senator,  false
            Coach,    false
            QB,       false
            County,   false
            Museum,   false
            Festival, false
            """)
    void aFirstNameIsNoTitleSideOrHeadOfAnotherKindOfName(String word, boolean first) {
        assertEquals(first, NameKind.mayBeFirstName(word));
    }

    /** Each row: the passage, the name in its last sentence, the kind the passage gives it. */
    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Snow fell in Delaware. Delaware crowned a champion.               | Delaware      | PLACE
            Director Christopher Nolan spoke. Nolan won.                      | Nolan         | PERSON
            Director Christopher Nolan spoke. Nolan's film won.               | Nolan's       | PERSON
            The Republican Party of Iowa met. Iowa voted.                     | Iowa          | TERRITORY
            Nobody else is named here. Michigan beat Washington.              | Michigan      | TERRITORY
            Rep. Jim Jordan spoke. Jordan won.                                | Jordan        | PERSON
            Nobody else is named here. Ukraine's army held.                   | Ukraine's     | TERRITORY
            Nobody else is named here. New Hampshire voted.                   | New Hampshire | TERRITORY
            Nobody else is named here. Sheffield United won.                  | Sheffield United | UNMARKED
            Voters met in Washington. President George Washington spoke. Washington won. | Washington | UNMARKED
            Nobody else is named here. Richardson won.                        | Richardson    | UNMARKED
            """)
    void aNameUnmarkedInItsSentenceTakesTheKindItsOtherMentionsMark(String passage, String name, NameKind kind) {
        String sentence = passage.substring(passage.lastIndexOf(". ", passage.length() - 2) + 2);
        int start = sentence.indexOf(name);
        List<NameKind.Mention> mentions = Names.in(passage).stream()
                .map(n -> NameKind.Mention.of(passage, n))
                .toList();
        assertEquals(kind, NameKind.inContext(sentence, Phrase.of(sentence, start, start + name.length()), mentions));
    }

    /** Each row: a name, whether it names a public body, which no question for a business is answered with. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bureau of Consumer Protection | true
            Justice Department            | true
            Federal Trade Commission      | true
            Harvard University            | false
            University of Phoenix         | false
            Penguin Random House          | false
            Vision Labs                   | false
            Bank of America               | false
            Rite Aid                      | false
            """)
    void aPublicBodyIsNamedByItsHead(String name, boolean publicBody) {
        assertEquals(publicBody, NameKind.isPublicBody(name));
    }

    /** Each row: a sentence, the name in it, the question's focus noun, whether the name cannot be that settlement. */
    @ParameterizedTest(name = "{1} for {2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pakistan opened crossings in its northern province of Khyber Pakhtunkwa. | Khyber Pakhtunkwa | city | true
            Troops shelled Kherson province on Sunday.                    | Kherson           | city      | true
            Rains flooded the state of Mexico.                            | Mexico            | town      | true
            Tourists flock to the city-state of Singapore.                | Singapore         | city      | false
            The quake struck near the city of Khost.                      | Khost             | city      | false
            Voters in Kherson province turned out.                        | Kherson           | province  | false
            A Florida state senator spoke in Tampa.                       | Florida           | city      | false
            Crews reached the Atlantic Ocean coast.                       | Atlantic Ocean    | town      | true
            Fans filled Lincoln Park.                                     | Lincoln Park      | neighborhood | false
            Gonzalez won the 34th Congressional District.                 | Congressional District | city | true
            Crews reached Suffolk County on Sunday.                       | Suffolk County    | town      | true
            The rally was held in Kansas City on Sunday.                  | Kansas City       | city      | false
            Voters in Suffolk County turned out.                          | Suffolk County    | county    | false
            Crews reached the Mission District.                           | Mission District  | neighborhood | false
            The plane struck a car on Texas Highway 114.                  | Texas Highway 114 | city      | true
            The plane struck a car on Texas Highway 114.                  | Texas Highway 114 | location  | false
            Passengers waited at Terminal 4.                              | Terminal 4        | town      | true
            The car crashed on Route 1 near Lewes.                        | Route 1           | city      | true
            """)
    void aSettlementIsNoDivisionOfACountryNorASeaNorAPark(
            String sentence, String name, String focus, boolean noSettlement) {
        int start = sentence.indexOf(name);
        assertEquals(
                noSettlement,
                NameKind.isNoSettlement(sentence, Phrase.of(sentence, start, start + name.length()), focus));
    }
}
