package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceReaderTest {
    private static final LocalDate ASKED_ON = LocalDate.of(2024, 1, 12);
    private static final LocalDate THIS_WEEK = LocalDate.of(2024, 1, 9);

    /**
     * Each row: a question, the sentence before, a sentence whose subject refers back to a person, and the answer
     * (marked "before" when it is a phrase of the sentence before), or "-" for none.
     */
    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Which comedian announced he will return to late-night TV? | Jon Stewart is going home again.   | The comedian will return to host the show, the network announced. | Jon Stewart before
            Who beat Luke Littler in the final?                       | Luke Humphries reached the final.  | He beat Luke Littler 7-4 at the Alexandra Palace.                  | Luke Humphries before
            Which comedian will host the show on Saturday?            | Nate Bargatze was named on Monday. | He'll host the show on Saturday with the Foo Fighters.             | Nate Bargatze before
            Who beat Luke Littler in the final?                       | Luke Littler reached the final.    | He lost to Luke Humphries 7-4.                                     | Luke Humphries
            Who beat Luke Littler in the final?                       | Michael Smith reached the final.   | He lost to Luke Humphries 7-4.                                     | Luke Humphries
            Who did Emmanuel Macron appoint as prime minister?        | Emmanuel Macron spoke on Tuesday.  | He appointed Gabriel Attal as prime minister.                      | Gabriel Attal
            Which comedian will host the Golden Globes?               | The show airs on CBS on Sunday.    | The comedian will host the Golden Globes.                          | -
            Which comedian will host the Golden Globes?               | Jo Koy was announced on Tuesday.   | The comedian's jokes will open the Golden Globes.                  | -
            Which comedian will host the Golden Globes?               | It was a surprise to Jo Koy.       | The network said the comedian will host the Golden Globes.         | -
            Which airline grounded its Boeing planes?                 | Alaska Airlines acted on Saturday. | The airline grounded its Boeing planes.                            | -
            Who won the Iowa caucuses?                                | Donald Trump spoke in Des Moines.  | The former president won the Iowa caucuses by 30 points.           | Donald Trump before
            Which singer, a former Delaware State student, led the nominations? | On Friday, Rihanna was up for nine awards. | The former Delaware State student led with nine nominations. | Rihanna before
            Which singer led the nominations?                         | On Friday, Rihanna was up for nine. | The former student led with nine nominations.                      | -
            Which manager arranged the proceeds for the house?        | Manager Jimmy Murray met a doctor. | So he arranged the proceeds for the house with a buddy.           | Jimmy Murray before
            Who beat Luke Littler in the final?                       | Luke Humphries reached the final.  | And he beat Luke Littler 7-4 at the Alexandra Palace.              | Luke Humphries before
            Who beat Luke Littler in the final?                       | Luke Humphries reached the final.  | And the crowd saw him beat Luke Littler.                           | -
            Which supermodel is the celebrity grand marshal?          | Thomas Begay is a grand marshal.   | The celebrity grand marshal is Kim Alexis, a 1980s supermodel.     | Kim Alexis
            Who won the Iowa caucuses?                                | Donald Trump spoke in Des Moines.  | The former president won it, and it was Iowa's biggest margin.     | Donald Trump before
            Who won the Iowa caucuses?                                | Donald Trump spoke in Des Moines.  | He was Iowa's winner and won the Iowa caucuses by 30 points.       | Donald Trump before
            Who won the Iowa caucuses?                                | CNN projected the winner late Monday. | And he won the Iowa caucuses by 30 points.                      | -
            """)
    void aSubjectThatRefersBackIsAnsweredByThePersonTheSentenceBeforeNames(
            String question, String previous, String sentence, String answer) {
        String passage = previous + " " + sentence;
        EvidenceReader.Reading reading = new EvidenceReader(question, null).read(sentence, previous, "", passage, null);
        AnswerType type = QuestionForm.of(question).type();
        if (answer.equals("-")) {
            assertEquals(false, reading.usable(type), String.valueOf(reading));
            return;
        }
        boolean before = answer.endsWith(" before");
        assertEquals(answer.replace(" before", ""), reading.answer().text());
        assertEquals(before, reading.answerBefore());
    }

    /**
     * Each row: question, sentence, the answer phrase it gives (the sentence itself for a question of no particular
     * type), or "-" when it cannot answer.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who won the 2019 Nobel Prize in Literature?                | The Nobel Prize in Literature 2018 was awarded to Olga Tokarczuk.            | -
            Who won the 2019 Nobel Prize in Literature?                | The 2019 Nobel Prize in Literature was awarded to Peter Handke.              | Peter Handke
            What is the name of the Japanese lander that touched down on the moon? | Its SLIM lander set down on the lunar surface on Saturday. | SLIM
            What is the name of the Japanese lander that touched down on the moon? | Japan's SLIM lander set down on the lunar surface on Saturday. | SLIM
            What is the name of the Japanese lander that touched down on the moon? | The JAXA lander set down on the lunar surface on Saturday. | -
            What is the name of the Japanese lander that touched down on the moon? | Japan's JAXA agency said its lander set down on the moon. | -
            Who is the president of the NFL?                           | DeMaurice Smith is the president of the NFL Players Association.            | -
            Who is the president of the NFL?                           | Roger Goodell, the commissioner of the NFL, spoke.                          | Roger Goodell
            Who beat Luke Littler in the final?                        | Luke Humphries beat 16-year-old Luke Littler 7-4 in the final.              | Luke Humphries
            Which movie won the biggest categories at the Golden Globes? | "Oppenheimer," "Succession" and "The Bear" took the biggest categories at the Golden Globes. | "Oppenheimer," "Succession" and "The Bear"
            Which movie won best picture at the Golden Globes?         | “Oppenheimer” won best picture at the Golden Globes.                          | Oppenheimer
            Who beat Luke Littler at the Alexandra Palace?             | Luke Humphries beat Luke Littler and Michael Smith at the Alexandra Palace. | Luke Humphries
            What was the name of the captain who landed the jet in Portland? | The jet landed in Portland, 40 miles east of downtown Los Angeles.   | -
            What was the name of the captain of the jet that crashed?  | Flight FZ981 was traveling from Dubai when the jet crashed.                | -
            What was the name of the captain of the jet that crashed?  | Captain Aristos Sokratous flew the jet that crashed.                       | Aristos Sokratous
            Who was named France's foreign minister?                   | The post of Prime Minister of France was named this week.                 | -
            Who was named France's foreign minister?                   | Borne was named Prime Minister on Monday.                                  | -
            Who was named France's foreign minister?                   | Borne was named Acting Prime Minister on Monday.                           | -
            Who was named France's foreign minister?                   | The Prime Minister of France named Catherine Colonna foreign minister.     | Catherine Colonna
            Who was killed when the jet crashed near Smyrna?           | The Navy said the F/A-18 jet crashed near Smyrna.                          | -
            Near which North Carolina town did Isaias make landfall?   | Isaias crossed the Atlantic Ocean before making landfall in North Carolina. | -
            Near which North Carolina town did Isaias make landfall?   | Isaias made landfall near Emerald Isle in North Carolina.                  | Emerald Isle
            Near which North Carolina town did Isaias make landfall?   | Isaias roared up the East Coast after making landfall in North Carolina.  | -
            Which Colorado town did the fire reach?                    | The fire reached the Rocky Mountains in Colorado.                          | -
            Whom did DeSantis pick to chair the board?                 | State Republicans picked the board to chair it for DeSantis.               | -
            Whom did DeSantis pick to chair the board?                 | DeSantis picked Martin Garcia, a Republican, to chair the board.           | Martin Garcia
            Who did Trump endorse in the Ohio Senate race?             | Trump endorsed Bernie Moreno in the Ohio Senate race, and Frank LaRose lost. | Bernie Moreno
            Which UN Secretary General criticised Putin?               | The EU and UN Secretary General António Guterres criticised Putin.          | António Guterres
            A door panel blew out on a flight operated by which airline? | A hole blew out of an Alaska Airlines plane on a flight out of Portland.  | Alaska Airlines
            How many South Koreans were in the region as of Thursday?  | One of the officials said South Koreans were in the region on Thursday.     | -
            How many South Koreans were in the region as of Thursday?  | As of Thursday, a total of 64 South Koreans were in the region.             | 64
            Insulin makers are selling to Americans at what price?     | Three major insulin makers said they would slash prices by 70% or more.     | -
            Insulin makers are selling to Americans at what price?     | Americans can get insulin for $35 per month from the makers.                | $35
            Which college football teams have won back-to-back titles? | Which college football teams have won back-to-back national championships? | -
            What was the final score between Princeton and Delaware?   | Princeton Tigers (11-1) at Delaware Fightin' Blue Hens (8-4)                | -
            What was the final score between Princeton and Delaware?   | Pierce scored 21 points in Princeton's 84-82 win against Delaware.          | 84-82
            What was the final score between Princeton and Delaware?   | Delaware hosts Princeton after its 88-85 overtime loss to the Rider Broncs. | -
            What was the final score between Princeton and Delaware?   | Princeton beat Delaware 84-82 on Thursday, a week after the Rider game.     | 84-82
            What was the final score between Princeton and Delaware?   | Princeton beat Delaware 84-82 last season in their only previous meeting. | -
            What was the score when Princeton met Delaware last season? | Princeton beat Delaware 84-82 last season in their only previous meeting. | 84-82
            What was the final score between Princeton and Delaware?   | Princeton beat Delaware 84-82 to avenge last season's loss.           | 84-82
            Delaware lost to Princeton last season. What was the score of Saturday's rematch? | Princeton beat Delaware 84-82 last season in their only previous meeting. | -
            What was the final score between Princeton and Delaware?   | At home, Delaware and Princeton are 2-1 against each other this season.    | -
            What was the final score between Princeton and Delaware?   | Princeton improved to 11-1 after it met Delaware on Thursday.             | -
            What was the final score between Princeton and Delaware?   | Against Princeton, the Delaware Blue Hens have gone 2-1 in home games.     | -
            What is the name of the storm that hit Britain?            | LONDON (AP) — Britain's west coast is battered as a new storm hits.         | -
            Which state made the statement?                            | The statement was made by a spokesman.                                      | -
            Who is China's ambassador to the United Nations?           | China's Ambassador to the United Nations Zhang Jun said Beijing was wary.   | Zhang Jun
            Who won?                                                   | WASHINGTON (AP) — Officials declined to comment on the vote.                | -
            What did Putin say the United States had neglected?        | Putin said the US had long neglected security concerns.                     | Putin said the US had long neglected security concerns.
            What did Putin say the United States had neglected?        | Putin said they told us they had neglected security concerns.               | -
            Who beat Luke Littler to become the PDC world champion?    | Littler reached the Professional Darts Corporation final.                  | -
            Who beat Luke Littler to become the PDC world champion?    | Luke Humphries beat Littler to become the PDC world champion.              | Luke Humphries
            Who beat Luke Littler to become the PDC world champion?    | Luke Humphries beat Littler, a World Darts Federation player, to win it.   | Luke Humphries
            Who beat Luke Littler to become the PDC world champion?    | Luke Littler played in two World Darts Federation events in 2022.         | -
            Who beat Luke Littler to become the PDC world champion?    | Luke Littler secured a spot in the World Championship Finals.             | -
            How much has the U.S. EPA awarded for electric buses?      | The U.S. Environmental Protection Agency has awarded $2 billion for buses.  | $2 billion
            How much has the U.S. EPA awarded for electric buses?      | The United States EPA has awarded $2 billion for buses.                     | $2 billion
            How much has the US Environmental Protection Agency awarded? | The U.S. EPA has awarded $2 billion for electric buses.                   | $2 billion
            Which two separatist regions did Russia recognize?         | Russia sent troops to Donbas region after recognizing Donetsk and Luhansk.  | Donetsk and Luhansk
            Which region did Russia send troops to?                    | Russia sent troops to Donbas region after recognizing Donetsk and Luhansk.  | Donbas
            What type of cheese does Biden order on his cheesesteak?   | Biden orders his cheesesteak with American cheese and onions.            | Biden orders his cheesesteak with American cheese and onions.
            What type of cheese does Biden order on his cheesesteak?   | Biden celebrated at the steak shop with residents on election night.      | -
            Which two runners broke records in Washington Heights?     | Kalen DeBoer coached two seasons at Fresno State before joining Washington. | -
            Which state holds its primary before New Hampshire?        | Iowa holds its caucuses before the New Jersey primary.                     | -
            Which school won the national championship game?           | On Monday, Michigan beat the Washington Huskies in the national title game. | Michigan
            Which school won the national championship game?           | The Wolverines beat Washington in the national championship game.         | Wolverines
            Which school lost the national championship game?          | On Monday, Michigan beat the Washington Huskies in the national title game. | Washington Huskies
            Which film won five awards at the Golden Globes?           | Hollywood's Golden Globes gave five trophies to “Oppenheimer” on Sunday.    | Oppenheimer
            Which film won five awards at the Golden Globes?           | Director Christopher Nolan won at the Golden Globes.                       | -
            Which comedian will return to host the show?               | The comedian will return to host “The Daily Show” on Monday.              | -
            Which player led Smyrna to the title?                      | Smyrna's run was led by the Delaware Gatorade Player.                      | -
            The museum hung it beside Johns and Warhol. Which artist painted it? | It joins works by the pop artists Jasper Johns and Andy Warhol. | -
            The museum hung it beside Johns and Warhol. Which artist painted it? | Jaune Smith painted it to hang beside Jasper Johns and Andy Warhol. | Jaune Smith
            Ryan Carty's Blue Hens won. Who coached the team?          | The Blue Hens won in ex-Hen QB Carty's first home game as coach.          | -
            Which department is investigating Boeing?                  | The Justice Department is investigating Boeing.                           | Justice Department
            Serena Williams lost. Who beat Williams in the final?      | Venus Williams beat her sister in the final.                              | Venus Williams
            Fans say Messi is moving to Miami. Which club did he join? | Messi joined Inter Miami on Saturday.                                     | Inter Miami
            Democrats pick a nominee. For what date did Gov. Glenn Youngkin set the election? | Republican Gov. Glenn Youngkin set the election for February 21. | February 21
            Democrats pick a nominee. Who won the race?                 | Republican John Reid won the race.                                       | -
            Who is Carty's wife?                                       | Jane Carty, the coach's wife, attended the game.                          | Jane Carty
            Which official passed President Trump's greeting to Kim Jong Un? | Seoul conveyed a message by President Donald Trump to Kim Jong Un. | -
            Who won the race?                                          | Last season, Marissa Saunders won the 100 hurdles.                        | -
            Who won the race last season?                              | Last season, Marissa Saunders won the 100 hurdles.                        | Marissa Saunders
            Who was that commissioner?                                 | The board sought County Commission approval in July.                      | -
            Which Smyrna lawmaker sponsored the bill?                  | It began with a trip by Smyrna's Painted Stave Distillery.                | -
            Which player led Smyrna to the title?                      | Smyrna's run was led by Richardson, the Gatorade Player of the Year.      | Richardson
            Which candidate was the runner-up in Iowa?                 | Jimmy Carter won the caucuses in Iowa and the Democratic nomination.      | Jimmy Carter
            Which candidate was the runner-up in Iowa?                 | In Iowa, the Democratic nomination went to the runner-up.                 | -
            Which state media outlet reported Lavrov's remarks?        | Lavrov said the Russian side reported the remarks.                        | -
            Which state media outlet reported Lavrov's remarks?        | Lavrov's remarks were reported by the state outlet CGTN.                  | CGTN
            Which airline reported a door blowout?                     | The Alaska Airlines flight reported a door blowout.                       | Alaska Airlines
            How old is the passenger who opened the door?              | At least 12 people were hurt after a passenger opened the door.           | -
            How old is the passenger who opened the door?              | The passenger, a 33-year-old man, opened the door.                        | 33
            How old is the passenger who opened the door?              | Police said Lee Jin-ho, 33, opened the door.                              | 33
            How old was the pitcher when he died?                      | The pitcher died aged 69 at his home.                                     | 69
            What was his score when the game froze?                    | A 13-year-old from Oklahoma beat the game for the first time.             | -
            What was his score when the game froze?                    | The 13-year-old's score was 1,511,500 when the game froze.                 | 1,511,500
            How many people were hurt when the door opened?            | Lee Jin-ho, 33, opened the door and 12 people were hurt.                   | 12
            What was the name of the man police arrested?              | Police arrested a man in front of the Yamato-Saidaiji Station.            | -
            What was the spacecraft called?                            | At a press conference in Yehud, the team showed the spacecraft.           | -
            Which stadium will host the game?                          | The game will be played at SoFi Stadium on Sunday.                        | SoFi Stadium
            Which country's ambassador spoke at the UN?                | At the UN, Zhang Jun said Beijing agreed with China's ambassador.          | China's
            Which state held a Republican primary this week?           | After the Palmetto State vote, New Hampshire held a Republican primary.  | New Hampshire
            Which news network reported Zhang Jun's remarks?           | We believe so, said Zhang Jun, reported by CNN on February 22.            | CNN
            How many 737-900ER jets have door plugs?                   | The FAA said Boeing 737-900ER jets with door plugs number 490 in all.     | 490
            How many 737-900ER jets have door plugs?                   | The FAA said door plugs were fitted on the Boeing 737 jets.               | -
            Who is the chief executive of Masimo?                      | Masimo makes the sensor banned in the Apple Watch Series 9.               | -
            Who is the chief executive of Masimo?                      | Masimo and Cercacor Laboratories sued over the sensor.                   | -
            Who is the chief executive of Masimo?                      | Masimo CEO Joe Kiani said the company would fight on.                    | Joe Kiani
            Which actress will receive the Palm Springs award?         | The South African actress will receive the Palm Springs award.          | -
            Which actress will receive the Palm Springs award?         | South African actress Charlize Theron will receive the Palm Springs award. | Charlize Theron
            In which Alabama city was the debate held?                 | It was held at the Frank Moody Music Building in Tuscaloosa, Alabama.    | Tuscaloosa
            On what date did the king undergo the procedure?           | The king underwent the procedure on Wednesday at a London clinic.         | -
            On what date did the king undergo the procedure?           | The king underwent the procedure on Jan. 26 at a London clinic.           | Jan. 26
            On what dates will the state fair be held?                 | The fair board voted Thursday to hold the state fair Aug. 19-29.          | Aug. 19-29
            Who hosted the show after the comedian's episode?          | The show aired on TV after the comedian's episode.                        | -
            Who won the gavel after the vote?                          | The gavel went to Rep. after the vote.                                    | -
            Who won the gavel after the vote?                          | The gavel went to Jordan, R-Ohio, after the vote.                         | Jordan
            Which Democrat was elected mayor of Philadelphia?          | In Philadelphia, a Black woman was elected mayor.                         | -
            At which Manchester venue did Sununu endorse Haley?        | In Manchester, Republican Gov. Chris Sununu endorsed Haley.               | -
            Which state reported the most cases in the outbreak?      | Minnesota reported the most cases in the outbreak, the CDC said.         | Minnesota
            Which state reported the most cases in the outbreak?      | Officials reported the most cases in the outbreak.                        | -
            In which country was the missing student found?           | The missing student was found, according to a statement obtained by CNN.  | -
            In which country was the missing student found?           | The missing student was found in the UK, a statement said.                | UK
            In which country was the missing student found?           | The missing student was found, Vaillant said.                            | -
            In which country was the missing student found?           | The missing student was found in Congo, Vaillant said.                   | Congo
            In which country was the missing student found?           | The missing student was found in the country of Freedonia.               | Freedonia
            Which state conducted a primary this week?                | The Palmetto State conducted a primary this week, after New Hampshire.   | New Hampshire
            Which state conducted a primary this week?                | The Palmetto State conducted a primary this week.                         | -
            What top wind speed did the storm reach in France?        | The storm reached a top wind speed of 180 mph in France.                 | 180 mph
            Which general did Langley replace as commander?           | As commander, Langley became the first Black four-star general.           | -
            Which general did Langley replace as commander?           | As commander, Langley will replace Gen. Stephen Townsend.                  | Stephen Townsend
            Which general was promoted on Saturday?                   | US Marine Corps Lt. Gen. Michael Langley was promoted on Saturday.        | Michael Langley
            Langley took command of US Africa Command. Which general did he replace? | Langley will take command of the US Africa Command in Germany. | -
            Which agency reported the most cases in the outbreak?     | The Centers for Disease Control and Prevention reported the most cases.   | Centers for Disease Control and Prevention
            Which candidate won the Iowa caucuses by a wide margin?   | Iowa Democratic caucus winners have won the caucuses by a wide margin.    | -
            Which candidate won the Iowa caucuses by a wide margin?   | On Monday, Joe Biden won the Iowa caucuses by a wide margin, Iowa Democratic officials said. | Joe Biden
            Which senator won the Iowa caucuses by a wide margin?     | The Iowa caucuses were won by Senate Republican Mitch Cole by a wide margin. | Senate Republican Mitch Cole
            Who is the chief executive of Masimo?                     | Masimo lost its case, Ambassador Katherine Tai said on Monday.           | -
            Who is the chief executive of Masimo?                     | Masimo CEO Joe Kiani said the company would appeal.                      | Joe Kiani
            Who is the association's chief executive?                 | “We will act,” said Michael Hogue, the association's chief executive officer. | Michael Hogue
            Who won the Razzie for worst actor?                       | Jon Voight won the Razzie for worst actor.                               | Jon Voight
            Which sport was Kamila Valieva banned from?               | Kamila Valieva, banned on Monday, may never return to figure skating.    | figure skating
            Which sport was Kamila Valieva banned from?               | The court banned Russian figure skater Kamila Valieva on Monday.        | figure skater
            Which sport was Kamila Valieva banned from?               | The court banned Kamila Valieva, a Russian, on Monday.                 | -
            Which sport was Kamila Valieva banned from?               | Tennis was never her sport, Kamila Valieva said after she was banned.   | Tennis
            Near which community did the hurricane make landfall?     | The hurricane, now a Category 4 storm, made landfall on Wednesday.        | -
            Near which community did the hurricane make landfall?     | The hurricane made landfall near Keaton Beach on Wednesday.               | Keaton Beach
            In which Florida county were the cases identified?        | Cases were identified in Florida and in Cameron County, Texas.           | Cameron County
            In which Florida county were the cases identified?        | Florida and Texas identified the cases, as did Cameron County, Texas.     | Cameron County
            In which Florida county were the cases identified?        | The cases were identified in the U.S. over the past two months.           | -
            Which county sheriff ambushed him from a deer stand?      | A manhunt in Middle Tennessee ended when he was ambushed from a deer stand. | -
            Which comedian, currently on tour, will host the show?    | The comedian will host the show, "SNL", while on his tour.                | -
            Which comedian, currently on tour, will host the show?    | Comedian Nate Bargatze, on his tour, will host the show.                 | Nate Bargatze
            Which Republican candidate was runner-up in the caucuses? | Jimmy Carter won the caucuses, then the Democratic nomination.          | -
            Which Republican candidate was runner-up in the caucuses? | Nikki Haley was runner-up in the caucuses, Republican officials said.    | Nikki Haley
            What share of the vote did Rep. Dean Phillips receive?    | In the primary, Phillips received 20% of the vote.                      | 20%
            What share of the vote did Rep. Dean Phillips receive?    | A poll found that 78% of voters backed Biden in the primary.           | -
            For how long has the FTC barred Rite Aid from the scans?  | The FTC said the scans were in use at Rite Aid between 2012 and 2020.  | -
            For how long has the FTC barred Rite Aid from the scans?  | The FTC barred Rite Aid from the scans for five years.                 | five years
            How deep did the Humboldt County earthquake strike?       | The magnitude 6.4 Humboldt County earthquake struck near Eureka.       | -
            How deep did the Humboldt County earthquake strike?       | The Humboldt County earthquake struck about 11 miles deep.             | 11 miles
            Trevor Reed was freed in exchange for which Russian pilot? | American Trevor Reed was swapped for Russian pilot Konstantin Yaroshenko. | Konstantin Yaroshenko
            Who did Anwar Ibrahim appoint as deputy prime minister?   | Anwar Ibrahim became the 10th prime minister of Malaysia.              | -
            Who did Anwar Ibrahim appoint as deputy prime minister?   | Ahmad Zahid Hamidi was named deputy prime minister by Anwar Ibrahim.   | Ahmad Zahid Hamidi
            Who did Albanese pick as Australia's deputy prime minister? | Albanese and Prime Minister Scott Morrison debated on Sunday.        | -
            How many of her grandchildren did Queen Margrethe strip of their titles? | Queen Margrethe will strip four of her eight grandchildren of their titles. | four
            How many grandchildren did Queen Margrethe strip of their titles? | One of the grandchildren said Queen Margrethe would strip their titles. | -
            How many people died in the Oakland crash?                | Four people died in the Oakland crash, police said.                   | Four
            How many people died in the Oakland crash?                | Police said four people died in the Oakland crash.                     | four
            In which French city did Kenny DeLand Jr. study?          | Kenny DeLand had been studying at a university in Grenoble, France.    | Grenoble
            At a university in which French city did DeLand study?    | DeLand studied at the University of Grenoble Alpes, his family said.   | -
            At a university in which French city did DeLand study?    | DeLand studied at a university in Grenoble, his family said.          | Grenoble
            Which actor, a star for more than four decades, died at 81? | Emilio Delgado, an actor for more than 40 years, has died at 81.     | Emilio Delgado
            On what date did the handgun freeze take effect?          | The freeze on handgun sales took effect in 2010.                       | -
            On what date did the handgun freeze take effect?          | The freeze on handgun sales took effect in March 2022.                 | -
            On what date did the handgun freeze take effect?          | The freeze on handgun sales took effect on October 21, 2022.           | October 21, 2022
            In what year did the band play its first gig?             | The band rehearsed on Monday in the school auditorium.                 | -
            In what year did the band play its first gig?             | The band played its first gig in 1967 at a church.                     | 1967
            Which year did the band play its first gig?               | The band played its first gig in March 1967 at a church.               | March 1967
            The Panthers beat Central. What was the final score?      | Another classic went the way of the host Panthers (4-0), who defeated Central (2-2) 39-34. | 39-34
            How many employees will get a raise at the bank?          | The bank will raise employees' pay to at least $25 an hour.            | -
            How many employees will get a raise at the bank?          | About 213,000 employees will get a raise at the bank.                  | 213,000
            How many dollars did the bank pay each employee as a raise? | The bank paid each employee $25 as a raise.                          | $25
            How many employees will get a raise at the bank?          | The bank will raise pay for its employees by 2025.                     | -
            How many employees did the bank hire last year?           | The bank hired 1999 employees last year.                               | 1999
            How many employees got a raise at the bank?               | The bank raised its employees' pay between 2009 and 2020.              | -
            How many people came to the rally last year?              | A crowd of 2000 people came to the rally last year.                    | 2000
            How many people came to the rally after the 2020 vote?    | The rally came after the 2020 vote, organisers said of the crowd.      | -
            How many employees did the bank hire in the past years?   | The bank's employees got raises over the past six years, it said.      | -
            How many employees will get a raise at the bank?          | The bank will pay its employees 25 million dollars in raises.          | -
            How many employees got a raise in the bank's pay rises?   | The bank's employees got pay rises over the past six years.            | -
            How many years did the bank's employees wait for a raise? | The bank's employees waited six years for a raise.                     | six
            How many companies take part in the four-day week trial?  | Thousands of workers take part in the four-day week trial.             | -
            How many rounds may a long gun magazine hold under the bill? | Handguns made up 59% of those crimes, the bill's authors said of magazine rounds. | -
            The fee was steep: candidates had to pay it how much?     | Candidates had to pay the state party $55,000 as the fee.              | $55,000
            What was the name of the captain of the jet that crashed?  | The jet that crashed carried 55 passengers, most of them Russians.     | -
            Who was the captain of the jet that crashed?              | The captain of the jet that crashed was an Israeli, officials said.    | -
            Who was the captain of the jet that crashed?              | The captain of the jet that crashed was Aristos Socratous, they said.  | Aristos Socratous
            Edouard Philippe, Macron's prime minister, is mayor of which port city? | French President Emmanuel Macron named Edouard Philippe prime minister. | -
            Edouard Philippe is mayor of which port city?              | Edouard Philippe is a popular figure in France and a mayor. | -
            Edouard Philippe is mayor of which port city?              | Edouard Philippe is mayor of Le Havre, a port city in France. | Le Havre
            Eli Lilly will launch a biosimilar to Lantus. What is it called? | Eli Lilly and Co. said it will cut insulin prices up to 70%.        | -
            What language do most people in Quebec speak?              | Most people in Quebec speak French at home.                       | French
            Which pitcher gave up Beltre's 3,000th hit?               | Catcher Ivan Rodriguez watched Beltre's 3,000th hit from the dugout.   | -
            Which pitcher gave up Beltre's 3,000th hit?               | Wade Miley gave up Beltre's 3,000th hit in the fourth inning.          | Wade Miley
            Which federal judge is presiding over Swift's trial?      | Former radio host David Mueller testified at Swift's trial on Tuesday. | -
            Which federal judge is presiding over Swift's trial?      | U.S. District Judge William Martinez is presiding over Swift's trial.  | District Judge William Martinez
            Who was named the game's most valuable player?            | According to the ESPN Matchup Predictor, the game's most valuable player will be a quarterback. | -
            Who was named the game's most valuable player?            | Patrick Mahomes was named the game's most valuable player on Sunday.   | Patrick Mahomes
            Who leads the protest in Taipei?                          | The Rev. Al Sharpton leads the protest in Taipei this week.            | Al Sharpton
            Which newspaper reported the security alert?              | The security alert was reported by the Global Times on Monday.         | Global Times
            Which great-grandson of Chiang Kai-shek won the race?     | The race was won by the DPP, officials said of Chiang Kai-shek's party. | -
            The pilot was killed in the crash. What was his name?     | The Pensacola News Journal will not release the name of the pilot killed in the crash. | -
            The pilot was killed in the crash. What was his name?     | The pilot killed in the crash was Jeff Kuss, the Navy said.            | Jeff Kuss
            Which platform did Musk rename Twitter as?                | Musk renamed Twitter as X in July, the company said.                   | X
            Who was the pilot of the jet that crashed?                | The jet that crashed was flown like an Air Force Thunderbird, the Navy said. | -
            Which Destin-based aviation firm did the state pay?       | The state paid Destin, Fla.-based aviation firm Vertol Systems Company. | Vertol Systems Company
            Which cartel was the courier's contact with?              | The courier's contact was with the Cartel del Gulfo, agents said.      | Cartel del Gulfo
            What was the name of the woman killed by the flooding?    | A 60-year-old woman was killed by the flooding, Judge Clay Jenkins said. | -
            What was the name of the woman killed by the flooding?    | The woman killed by the flooding was trapped, said Cassondra Stewart, who took video. | -
            Which U.S. Navy officer commanded the exercises?          | Carl Schuster, a former director of operations, said the exercises were a success. | -
            Who said the exercises were a success?                    | Carl Schuster, a former director of operations, said the exercises were a success. | Carl Schuster
            Who will take over as host of the show?                   | NBC said Jimmy Fallon, host of Late Night, will take over as host of the show. | Jimmy Fallon
            Who won the race on Sunday?                               | Jane Smith said she won the race on Sunday.                            | Jane Smith
            Who won Super Bowl MVP?                                   | Patrick Mahomes was named Super Bowl MVP after the Chiefs won the title. | Patrick Mahomes
            Who won the Emmy for outstanding lead actress?            | At the Emmys on CBS, "The Queen's Gambit" also won Outstanding Sound Editing. | -
            Near which lunar crater did the probe crash?              | The Russian space agency Roscosmos said the probe crashed into the moon. | -
            Which east London hospital did the Queen call?            | Britain’s Queen Elizabeth II called the hospital staff on Tuesday.     | -
            Which team won the World Cup in Qatar?                    | Argentina won the World Cup in Qatar on Sunday.                        | Argentina
            Which team did the Lions beat?                            | The Lions won, beating Matthew Stafford and the Los Angeles Rams 24-23. | Los Angeles Rams
            Which GOP chairman warned that "we have sharp elbows"?    | GOP chairman Curt Smith warned that Haley will need a strong showing.   | -
            Which GOP chairman warned that "we have sharp elbows"?    | “We have sharp elbows,” warned GOP chairman Drew McKissick.             | Drew McKissick
            Which team did the Lions beat?                            | Jared Goff threw for a touchdown as the Lions beat the Rams.           | Rams
            Which teams did the Lions beat?                           | The Lions won, beating Matthew Stafford and the Los Angeles Rams 24-23. | Los Angeles Rams
            Which team did the 49ers overcome in the title game?      | The 49ers will take on the Kansas City Chiefs in Super Bowl 58.        | -
            Which team did the 49ers overcome in the title game?      | The 49ers took down the Detroit Lions in the title game, 34-31.        | Detroit Lions
            Which team did the 49ers overcome?                        | The 49ers overcame the Detroit Lions 34-31 on Sunday.                  | Detroit Lions
            Which CEO did the board oust?                             | The board ousted chief executive Sam Altman on Friday.                 | Sam Altman
            Which team did the 49ers beat in the title game?          | The Detroit Lions beat the 49ers' rivals in the title game.            | -
            Which team did the 49ers beat in the title game?          | In the title game the Detroit Lions were beaten by the 49ers.          | Detroit Lions
            Which team handed the Warriors their first loss?          | Jabari Parker and the Milwaukee Bucks handed the Warriors their first loss. | Milwaukee Bucks
            Which wholesaler would supply the medicines?              | Tarrytown Pharmaceuticals would supply the medicines.                  | Tarrytown Pharmaceuticals
            How many people were burned on the boardwalk?             | The town set an 11 p.m. curfew after people were burned on the boardwalk. | -
            How many named storms does the forecast call for?         | The forecast of named storms is expected April 13.                     | -
            How much snow fell on Buffalo by Friday?                  | Forecasters warned April 2 that snow would fall on Buffalo.           | -
            How much snow fell on Buffalo by Friday?                  | By Friday, 30 inches of snow fell on Buffalo.                          | 30 inches
            How many tornadoes were confirmed on Tuesday?             | About 25 million people saw tornadoes confirmed on Tuesday.            | -
            How many tornadoes were confirmed on Tuesday?             | At least 12 tornadoes were confirmed on Tuesday.                       | 12
            How many more stores is Rite Aid closing?                 | Rite Aid is closing an additional 31 stores.                           | 31
            How many festival-goers were stuck at Burning Man?        | About 73,000 attendees were stuck at Burning Man.                      | 73,000
            How many people died in the storm?                        | The storm caused at least 12 deaths on Monday.                         | 12
            How many countries are sending units to the exercises?    | Units from five nations are joining the exercises.                     | -
            How many people were killed in the storm?                 | In January, 12 people were killed in the storm.                        | 12
            How many calories are in the Blackout Cake cookies?       | The Blackout Cake cookies have two classic chocolate basecakes.        | -
            Who bought the Food Bank's Milford building?              | The Food Bank gave food from its Newark and Milford locations.         | -
            Who bought the Food Bank's Milford building?              | The Food Bank's Milford building was bought by Jane Smith.             | Jane Smith
            Which company supplied the facial recognition system?     | The Bureau of Consumer Protection found the facial recognition system unfair. | -
            Which company supplied the facial recognition system?     | The facial recognition system was supplied by Vision Labs.             | Vision Labs
            Which wholesaler would supply the medicines?              | New Hampshire Health and Human Services Department would supply the medicines. | -
            Who was the most valuable player of Super Bowl LVIII?     | Mahomes was the most valuable player of Super Bowl 54 against the 49ers. | -
            Who was the most valuable player of Super Bowl LVIII?     | Patrick Mahomes was the most valuable player of Super Bowl 58.         | Patrick Mahomes
            In which Louisiana city is Jensen Tuna based?             | Jensen Tuna recalled tuna sold in Connecticut, Illinois and Iowa.      | -
            In which Louisiana city is Jensen Tuna based?             | Jensen Tuna is based in Houma, a Louisiana city.                       | Houma
            In which city is Jensen Tuna based?                       | Jensen Tuna recalled tuna sold in Connecticut, Iowa, New York and Washington. | -
            In which city is Jensen Tuna based?                       | Jensen Tuna recalled tuna sold in Boston and New York.                 | Boston and New York
            How many people does Chemours employ worldwide?           | Chemours employs about 1,000 people in Delaware.                       | -
            How many people does Chemours employ worldwide?           | Chemours employs about 6,500 people worldwide.                         | 6,500
            Boeing removed the head of its 737 Max program. Who was he? | The 737 Max program was run from Renton, Washington.           | -
            Who was the pilot killed when the jet crashed?            | The jet, a U.S. Air Force Thunderbird, crashed on Monday and the pilot was killed. | -
            Who was the pilot killed when the jet crashed?            | The pilot killed when the jet crashed was U.S. Navy Capt. Jeff Kuss. | Jeff Kuss
            On what date did Neiman Marcus file for bankruptcy?       | Reuters reported April 2 that Neiman Marcus would file for bankruptcy. | -
            On what date did Neiman Marcus file for bankruptcy?       | Neiman Marcus filed for bankruptcy on May 7, the company said Friday. | May 7
            On what date did Neiman Marcus announce its bankruptcy?   | Neiman Marcus announced May 7 that it filed for bankruptcy.        | May 7
            When did Neiman Marcus file for bankruptcy?               | The company said on Thursday that Neiman Marcus filed for bankruptcy. | -
            Boeing removed the head of its 737 Max program. Who was he? | The 737 Max program head, Ed Clark, was removed by Boeing.     | Ed Clark
            In which California town is Wawona Packing headquartered? | ”Following the recall, we removed Wawona Packing peaches,” it said.  | -
            In which California town is Wawona Packing headquartered? | Target recalled the peaches Wawona Packing had shipped.             | -
            In which California town is Wawona Packing headquartered? | Wawona Packing is headquartered in Cutler, California.              | Cutler
            Near which Florida community did Idalia make landfall?    | Idalia made landfall in North Florida on Wednesday.                 | -
            Near which Florida community did Idalia make landfall?    | Idalia made landfall near Keaton Beach, Florida, on Wednesday.      | Keaton Beach
            What time will Costco warehouses close on Christmas Eve?  | Costco warehouses will be open from 8:30 a.m. to 5 p.m. on Christmas Eve. | 5 p.m.
            What time will Costco warehouses close on Christmas Eve?  | Costco warehouses will close early on Christmas Eve 2023.           | -
            Who was named MVP of the Super Bowl?                      | The 49ers won a hard-fought NFC title game before the Super Bowl. | -
            Who was named MVP of the Super Bowl?                      | The NFL named Brock Purdy the MVP of the Super Bowl.                | Brock Purdy
            Who slammed the Senate bill?                              | On Tuesday, AOC slammed the Senate bill in a speech.                | AOC
            Which Live Nation executive testified?                    | The snafu left millions of unhappy Swifties without tickets, and he testified. | -
            Who criticised the Senate bill?                           | Three Democrats criticised the Senate bill on Tuesday.              | -
            Who criticised the Senate bill?                           | Many angry Republicans criticised the Senate bill on Tuesday.       | -
            Who criticised the Senate bill?                           | One Democrat, Joe Manchin, criticised the Senate bill on Tuesday.   | Joe Manchin
            Who criticised the Senate bill?                           | Two days later Chris Evans criticised the Senate bill.              | Chris Evans
            Who won the title on Sunday?                              | In 2020 Serena Williams won the title on Sunday.                    | Serena Williams
            Who won the title on Sunday?                              | No. 1 Serena Williams won the title on Sunday.                      | Serena Williams
            Who is the mayor of Eagle Pass?                           | Eagle Pass borders Piedras Negras, Coahuila, Mexico, across the river. | -
            At which venue did New Hampshire Gov. Chris Sununu endorse Haley? | Sununu endorsed Haley at the McIntyre Ski Area in Manchester, NH. | McIntyre Ski Area
            Who won the race on Sunday?                               | Manning Smith won the race on Sunday.                              | Manning Smith
            Who is the mayor of Eagle Pass?                           | "We stand with our fellow Governor, Greg Abbott, in Eagle Pass," the letter says. | -
            Texas seized a park there. Who is the mayor of Eagle Pass? | "We stand with our fellow Governor, Greg Abbott, in Eagle Pass," the letter says. | -
            Who was arrested over the disappearance of Bruno Pereira? | Police searched for Bruno Araújo Pereira in the Javari Valley.      | -
            Which film was named worst picture at the Razzie Awards?  | Fifty Shades and Pixels all received nominations for worst picture at the Razzie Awards. | -
            Which film was named worst picture at the Razzie Awards?  | Fifty Shades was named worst picture at the Razzie Awards on Saturday. | Fifty Shades
            What was the flight number of the Alaska Airlines jet?   | The Alaska Airlines jet, a Boeing 737 Max 9, lost a door plug.      | -
            What was the flight number of the Alaska Airlines jet?   | The Alaska Airlines jet, Flight 1282, lost a door plug.             | Flight 1282
            What is the number of the bill DeSantis signed?           | DeSantis signed SB 264 on Monday.                                   | SB 264
            What is the number of the bill DeSantis signed?           | DeSantis signed the bill in Tallahassee on Monday.                  | -
            Who was arrested over the disappearance of Bruno Pereira? | Police arrested Amarildo Oliveira over the disappearance of Bruno Araújo Pereira. | Amarildo Oliveira
            Who won the Razzie for worst actor?                       | The Razzies pick the worst films Hollywood has to offer.            | -
            Who spoke at the Platinum Jubilee service?                | Britain’s Prime Minister Boris Johnson spoke at the Platinum Jubilee service. | Prime Minister Boris Johnson
            Who designed the emblem for the Platinum Jubilee?         | The Platinum Jubilee emblem was designed by Edwina Mills.           | Edwina Mills
            Who directed Oppenheimer?                                 | Christopher Nolan’s Oppenheimer won best picture.                   | Christopher Nolan’s
            Who said the Platinum Jubilee was historic?               | Britain’s Queen Elizabeth II said the Platinum Jubilee was historic. | Elizabeth II
            What is the name of the daughter she had with her husband Andy Spade? | Celebrities took to Twitter to mourn Kate and Andy Spade.   | -
            What is the name of the daughter she had with her husband Andy Spade? | She and Andy Spade had a daughter, Frances Beatrix Spade.   | Frances Beatrix Spade
            What was the name of the wife of Leo Gerstenzang?         | Leo Gerstenzang married Ziuta Gerstenzang in 1920.                  | Ziuta Gerstenzang
            What was the final score of the Super Bowl?               | The Chiefs beat the 49ers 25-22 in the Super Bowl.                  | 25-22
            What was the final score of the game between the Chiefs and the Ravens? | The Chiefs stunned the Buffalo Bills with a 27-24 victory before facing the Ravens. | -
            What was the final score of the game between the Chiefs and the Ravens? | The Chiefs, who knocked off the Buffalo Bills, won 27-24 before facing the Ravens. | -
            What was the final score of the game between the Chiefs and the Ravens? | The Chiefs beat the Ravens 17-10 on Sunday.                  | 17-10
            What was the final score of the game between the Chiefs and the Ravens? | Mahomes won MVP as the Chiefs beat the Ravens 17-10.         | 17-10
            What was the final score of the Chiefs' game at Arrowhead Stadium? | The Chiefs beat the Dolphins 26-7 at Arrowhead Stadium.      | 26-7
            What was the final score of the Steelers' playoff game against the Raiders? | The Steelers beat the Raiders 13-7 for their first playoff victory. | 13-7
            What is the suggested retail price of the new cookies?    | The new cookies come to stores on Jan. 1.                          | -
            What is the suggested retail price of the new cookies?    | The new cookies will sell for $5.49.                               | $5.49
            Who beat Luke Littler in the final?                      | Rob Cross, Littler's semi-final opponent, was the best player Littler had faced. | -
            Who beat Luke Littler in the final?                      | Littler took down two-time European Championship winner Rob Cross in the semi-final. | -
            Dom Phillips went missing in the Javari Valley with which Indigenous affairs expert? | Dom Phillips and the official Bruno Pereira went missing in the Javari Valley, west of Amazonas state. | Bruno Pereira
            A Magnolia couple was charged in the death of their baby. What was the baby's name? | Police went to the Magnolia couple's home in the 400 block of Lambert Drive. | -
            Which Spanish prime minister announced that King Juan Carlos was abdicating? | King Juan Carlos stepped down in favor of his son Crown Prince Felipe, Spanish Prime Minister Mariano Rajoy announced. | Mariano Rajoy
            Which state Senate president did Don Bolduc defeat?      | Bolduc, who has embraced former President Donald Trump’s denialism, will defeat state Senate President Chuck Morse. | Chuck Morse
            Which Hall of Fame pitcher had his number retired by the Yankees? | Their numbers were retired by fellow Hall of Fame members: Mickey Mantle by the New York Yankees in 1969. | Mickey Mantle
            In which New Hampshire city did Donald Trump hold his victory party? | Donald Trump held a victory party in Nashua, New Hampshire, on Tuesday. | Nashua
            In which Wilmington neighborhood was Swavy shot and killed? | In the hours after Miller's death, many said Swavy had been shot and killed. | -
            In which Wilmington neighborhood was Swavy shot and killed? | Swavy was shot and killed in Wilmington's Southbridge neighborhood. | Southbridge
            In which Chicago neighborhood did the shooting happen?   | The shooting happened in Chicago's Lincoln Park neighborhood on Sunday. | Lincoln Park
            Which South Korean city was the plane flying to?         | It opened the door two minutes from landing in the city about 150 miles south of Seoul. | -
            Which South Korean city was the plane flying to?         | The plane was heading to the city of Daegu, 150 miles south of Seoul. | Daegu
            Near which South Korean city did the plane land?         | It landed in a field about 15 miles south of Seoul. | Seoul
            Which pipeline company did the ransomware attack hit?    | The Biden administration released a directive for pipeline companies. | -
            Which film was named worst picture at the Razzies?       | Nominees include Pitch Perfect 2 director Elizabeth Banks and Concussion star Will Smith. | -
            Which film was named worst picture at the Razzies?       | Nominees include “Pitch Perfect 2” director Elizabeth Banks and “Concussion” star Will Smith. | -
            Which film's director did critics praise on Sunday?      | On Sunday, critics praised Oppenheimer director Christopher Nolan. | Oppenheimer
            Which film did critics praise on Sunday?                 | On Sunday, critics praised Oppenheimer director Christopher Nolan. | -
            How many of the passengers were hurt?                    | Officials said 1,300 of the passengers were hurt.            | 1,300
            Which film was named worst picture at the Razzies?       | The Razzies named “Blonde” worst picture, and its director Andrew Dominik too. | Blonde
            Which pipeline company did the ransomware attack hit?    | The attack hit Colonial Pipeline, the Biden administration said. | Colonial Pipeline
            Which two self-proclaimed republics did Russia say it wanted to protect? | Russia said it would protect the people of the self-proclaimed Donetsk People's Republic (DPR). | Donetsk People's Republic
            Which rubber-stamp parliament approved the law?          | Kim welcomed the decision by the rubber-stamp parliament – the Supreme People’s Assembly – to approve the law. | Supreme People’s Assembly
            What is the title of the AI-generated image that won first place in a digital art category at the Colorado State Fair? | Jason M. Allen's piece "Théâtre D'opéra Spatial" — which he created with AI image generator Midjourney — won first place in the "digital arts" category at the Colorado State Fair Fine Arts Competition. | Théâtre D'opéra Spatial
            Which state did Biden propose should hold the first Democratic primary in 2024? | Biden asked Democratic National Committee leaders to make South Carolina the first state to host a 2024 primary. | South Carolina
            Which pilot was freed in exchange for Trevor Reed?       | Trevor Reed was freed in exchange for the pilot, his mother Paula Reed tweeted on Thursday. | -
            Which pilot was freed in exchange for Trevor Reed?       | Trevor Reed was freed in exchange for pilot Konstantin Yaroshenko, his mother Paula Reed tweeted. | Konstantin Yaroshenko
            Which son of Rupert Murdoch will take over as chairman?  | Rupert Murdoch's son Lachlan Murdoch, the chairman of Fox Corp, will take over. | Lachlan Murdoch
            Which state should hold the first Democratic primary?    | The Democratic Republic of Congo should hold the first primary, Ohio said. | -
            A drug supplier in India was closed. What is the name of that company? | It costs $15 in India, said Matt Christian, director of supply chain insights. | -
            Which IRS form will people who sell on Etsy receive?     | People who sell goods on Etsy will need to be vigilant for Form 1099-K. | Form 1099-K
            New Year's Eve flooding in California closed which freeway? | At one point, US Highway 101 was closed in both directions in California. | US Highway 101
            Who was named worst actor at the Razzie Awards?          | The Emoji Movie was named worst picture at the Razzie Awards, starring Patrick Stewart. | -
            Who was named worst actor at the Razzie Awards?          | Tom Cruise took worst actor at the Razzie Awards for The Mummy. | Tom Cruise
            Who is Tesco's chief executive?                          | Tesco boss Ken Murphy said the abuse his workers suffered was heartbreaking. | Ken Murphy
            Which small McClain County town was hit hardest?         | The small town of Cole was hit hard, McClain County Deputy Sheriff Scott Gibbon told NBC. | Cole
            Which Nassau County district attorney said she would investigate Santos? | Santos was sorry, Nassau County GOP Chair Joseph G. Cairo, Jr., said on Tuesday. | -
            Which Georgia congresswoman defended George Santos?      | “I think we should give George Santos a chance,” the Georgia Republican wrote on Twitter. | -
            Who is Masimo's chief executive?                         | Masimo CEO Joe Kiani said the company would appeal. | Joe Kiani
            At what figure will the world's population peak in 2080? | By 2080, the world's population is expected to peak at 10.4 billion, Elon Musk said. | 10.4 billion
            Which film won worst picture at the Razzie Awards?       | The film with Patrick Stewart, Emoji Movie, won worst picture at the Razzie Awards. | Emoji Movie
            Who overtook Elon Musk as the world's richest man?        | Elon Musk was overtaken as the world's richest man by Bernard Arnault, the chairman of LVMH. | Bernard Arnault
            Residents of which state drank the most beer in 2013?     | The CDC's figures show that in 2013 residents of North Dakota drank the most beer. | North Dakota
            Which Army veteran was shot at the college in Roseburg, Oregon? | Army veteran Chris Mintz was shot at the college in Roseburg, Ore.       | Chris Mintz
            Which Army veteran was shot at the college in Roseburg, Oregon? | Army veteran Chris Mintz was shot at the college in Roseburg, Wash.      | -
            Which Army veteran was shot at the college in Roseburg, Oregon? | Army veteran Chris Mintz was shot at the college in Roseburg, Gore.      | -
            The cafe shut for good. What was the cafe called?         | Scrumptious, a cafe in Wilmington's Trolley Square, has closed.              | Scrumptious
            The cafe shut for good. What was the cafe called?         | Scrumptious, the owners said, has closed its cafe.                           | -
            The cafe shut for good. What was the cafe called?         | Originally, a cafe stood on the corner.                                       | -
            The cafe shut for good. What was the cafe called?         | Smith, a cafe's owner, said it had closed.                                   | -
            Which Army veteran was shot at the college in Roseburg, Oregon? | Army veteran Chris Mintz was shot at the college after Ore. Roseburg Mass. | -
            What traditional trophy did the Blue Hens receive?        | The Blue Hens were presented the traditional Delaware Cup as the victor.     | Delaware Cup
            After his first home game, what traditional trophy did the Blue Hens receive? | The Blue Hens were presented the traditional First State Cup as the victor. | First State Cup
            Who is South Korea's unification minister?                | South Korean Unification Minister Kim Yeon-chul said so.                   | Kim Yeon-chul
            From which Mexican state do most of the workers come?     | Maryland has 20 licensed crab processors short of workers.                | -
            From which Mexican state do most of the workers come?     | Most of the workers come from the Mexican state of Sinaloa.                | Sinaloa
            Who was the leading scorer in the game?                   | The 6-foot-7 graduate from Newark was the leading scorer in the game.      | -
            How much is Aramco worth?                                 | Analysts weighed Aramco against Apple’s $2.37 trillion.                    | -
            How much is Aramco worth?                                 | Analysts weighed Apple against Aramco’s $2.43 trillion.                    | $2.43 trillion
            How much is Aramco worth?                                 | It’s $2.43 trillion, analysts said of Aramco.                              | $2.43 trillion
            How much did Delaware spend on Monday?                    | Delaware spent Monday’s $5 million on roads.                               | $5 million
            How much did the American Rescue Plan cost?               | Biden’s $1.9 trillion American Rescue Plan passed.                         | $1.9 trillion
            """)
    void theAnswerIsAPhraseOfTheAskedKindInASentenceThatMeetsTheQuestion(
            String question, String sentence, String answer) {
        EvidenceReader.Reading reading = new EvidenceReader(question, null).read(sentence, "", "", sentence, null);
        AnswerType type = QuestionForm.of(question).type();
        if (answer.equals("-")) {
            assertEquals(false, reading.usable(type), String.valueOf(reading));
        } else {
            assertEquals(true, reading.usable(type), String.valueOf(reading));
            assertEquals(answer, type.isTyped() ? reading.answer().text() : sentence);
        }
    }

    /** Each row: question, published (or "-"), whether a sentence stating the fact is evidence as of ASKED_ON. */
    @ParameterizedTest(name = "{0} / published {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            What is the name of the storm that hit Britain this week?  | 2024-01-09 | true
            What is the name of the storm that hit Britain this week?  | 2013-11-08 | false
            What is the name of the storm that hit Britain this week?  | -          | true
            Who led Smyrna to the state championship in 2023?          | 2022-11-17 | false
            Who led Smyrna to the state championship in 2023?          | 2024-01-17 | true
            On what date will Ohio hold its 2024 primary election?     | 2023-11-09 | true
            On what date did Ohio hold its 2024 primary election?      | 2023-11-09 | false
            Which singer earned the most nominations for the 2024 Grammy Awards? | 2023-11-10 | true
            Which singer earned the most nominations for the 2024 Grammy Awards? | 2022-11-10 | false
            Which singer won the most awards at the 2024 Grammy Awards? | 2023-11-10 | false
            Which singer drew the most fans at the 2024 Grammy Awards? | 2023-11-10 | false
            Jo Koy will host the 2024 Golden Globes. What is the title of his latest special? | 2023-12-21 | true
            """)
    void anArticleWrittenBeforeWhatIsAskedIsNoEvidence(String question, LocalDate published, boolean usable) {
        String sentence = question.contains("storm")
                ? "Storm Henk hit Britain with winds of 90 mph."
                : question.contains("Ohio")
                        ? "Ohio voters turn to the 2024 primary election on March 19."
                        : question.contains("Grammy")
                                ? "Leading the 2024 Grammy Awards with nine nominations and the most awards is Taylor Swift."
                                : question.contains("Koy")
                                        ? "Golden Globes host Jo Koy's latest special, \"Live From The Los Angeles Forum,\" is on Netflix."
                                        : "Anna Richardson led Smyrna to the state championship.";
        EvidenceReader.Reading reading =
                new EvidenceReader(question, ASKED_ON).read(sentence, "", "", sentence, published);
        assertEquals(usable, reading.usable(QuestionForm.of(question).type()), String.valueOf(reading));
    }

    /** Each row: a question asked on 2024-01-12, a sentence, whether it can answer. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who was elected president of Sri Lanka this week? | Mahinda Rajapaksa was elected president of Sri Lanka in 2005. | false
            Who was elected president of Sri Lanka this week? | Ranil Wickremesinghe was elected president of Sri Lanka on Wednesday. | true
            Who was elected president of Sri Lanka this week? | Ranil Wickremesinghe, in parliament since 1977, was elected president of Sri Lanka. | true
            Which team won its first playoff game this week?  | The Lions won their first playoff game since 1991 on Sunday. | true
            Who was elected president of Sri Lanka this week? | Ranil Wickremesinghe was elected president of Sri Lanka, a post he first sought in 2005. | true
            Who was elected president of Sri Lanka recently?  | Mahinda Rajapaksa was elected president of Sri Lanka in 2005. | true
            """)
    void aYearBeforeTheWeekDatesNoAnswerAboutThisWeek(String question, String sentence, boolean usable) {
        EvidenceReader.Reading reading = new EvidenceReader(question, ASKED_ON).read(sentence, "", "", sentence, null);
        assertEquals(usable, reading.usable(QuestionForm.of(question).type()), String.valueOf(reading));
    }

    /** A two-word name is met by its last word, the surname or the head ("Macron", "Heights"), not its first alone. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Emmanuel Macron    | Macron named him on Tuesday.                    | true
            Emmanuel Macron    | Emmanuel spoke to him on Tuesday.               | false
            Washington Heights | The runners met in Washington on Tuesday.       | false
            Washington Heights | The runners met in the Heights on Tuesday.      | true
            Golden Globe Awards | The Golden Globes were handed out on Tuesday.  | true
            """)
    void aTwoWordNameIsMetByItsLastWord(String name, String passage, boolean held) {
        EvidenceReader reader = new EvidenceReader("What happened to " + name + " on Tuesday?", null);
        assertEquals(held, reader.read(passage, "", "", passage, null).constraintsHeld());
    }

    /** A hyphenated compound names what its capitalised parts name ("zero-Covid"), not its lower-case or numbered ones. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Covid  | The plant shut in the zero-Covid lockdown on Tuesday.  | true
            Moscow | The Moscow-backed rebels met on Tuesday.               | true
            Moscow | The rebels met in Kyiv on Tuesday.                     | false
            Meta   | A meta-analysis of the data came out on Tuesday.       | false
            X      | An X-ray of the hand was taken on Tuesday.             | false
            """)
    void aHyphenatedCompoundNamesItsCapitalisedParts(String name, String passage, boolean held) {
        EvidenceReader reader = new EvidenceReader("What happened to " + name + " on Tuesday?", null);
        assertEquals(held, reader.read(passage, "", "", passage, null).constraintsHeld());
    }

    /**
     * Each row: a question about a person, the rest of the story, a sentence, whether it names them: by the last word of
     * the name, or by its first word alone when the story writes the name in full.
     */
    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Which ensemble did singer Ri Sol Ju join? | Ri Sol Ju is North Korea's first lady. | Ri was a singer in the Unhasu Orchestra.    | true
            Which ensemble did singer Ri Sol Ju join? | North Korea's first lady is private.   | Ri was a singer in the Unhasu Orchestra.    | false
            Which ensemble did singer Ri Sol Ju join? | Ri Sol Ju is North Korea's first lady. | Ri Chun Hee sang with the Unhasu Orchestra. | false
            Which team does singer Jason Kelce join? | Jason Kelce and Travis Kelce met.      | Jason plays for the Philadelphia Eagles.    | true
            Which team does singer Jason Kelce join? | The brothers met on Sunday.            | Kelce plays for the Philadelphia Eagles.    | true
            Which team does singer Jason Kelce join? | Jason Kelce and Travis Kelce met.      | Travis plays for the Kansas City Chiefs.    | false
            Which team does singer Jason Kelce join? | Kelce met reporters on Sunday.         | Jason plays for the Philadelphia Eagles.    | false
            Which bill did senator Bill Cassidy write? | Bill Cassidy wrote a bill.           | The bill passed the Senate on Monday.       | false
            What did President Joe Biden say?        | President Joe Biden spoke on Monday.   | The president of Egypt said so on Monday.   | false
            """)
    void aPersonIsNamedByTheLastWordOrByTheFirstWhenTheStoryWritesTheWholeName(
            String question, String story, String sentence, boolean named) {
        String passage = story + " " + sentence;
        assertEquals(named, constraintsHeld(question, sentence, passage));
    }

    /** A year contradicts the asked one only when it dates what is asked: it stands beside the question's words. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who won the 2019 Nobel Prize in Literature?       | The Nobel Prize in Literature 2018 was awarded to Olga Tokarczuk.        | false
            Who won the 2019 Nobel Prize in Literature?       | Olga Tokarczuk won the Nobel Prize in Literature in 2018.               | false
            Who won the 2019 Nobel Prize in Literature?       | Peter Handke, born in 1942, won the Nobel Prize in Literature.          | true
            Which film won best picture at the 2024 Golden Globes? | Nolan thanked Ledger, the star of his 2008 Batman sequel, at the Golden Globes. | true
            Who led Smyrna to the state championship in 2023? | Smyrna won the 2022 state championship.                                  | false
            Who led Smyrna to the state championship in 2023? | Smyrna won the state championship, its first since 2011.               | true
            """)
    void aYearContradictsTheAskedOneOnlyBesideTheQuestionsWords(String question, String sentence, boolean held) {
        assertEquals(held, constraintsHeld(question, sentence, sentence));
    }

    /** Each row: a question naming a chamber, a passage, whether the passage names it or a member's title for it. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            By how many votes had Hassan won her first Senate term? | Sen. Maggie Hassan won her first term by only 1,017 votes.   | true
            By how many votes had Hassan won her first Senate term? | Senator Hassan won her first term by only 1,017 votes.      | true
            By how many votes had Hassan won her first Senate term? | Gov. Maggie Hassan won her first term by only 1,017 votes.  | false
            By how many votes had Pappas won his first House term?  | Rep. Chris Pappas won his first term by 5,000 votes.         | true
            """)
    void aChamberIsNamedByItsMembersTitles(String question, String passage, boolean held) {
        assertEquals(held, constraintsHeld(question, passage, passage));
    }

    /**
     * Each row: a question that states a number, a passage, whether the passage meets it. The number is met in any of
     * the forms news writes it; another value means another event.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who tied the record with his fifth interception return?       | Bland returned his fifth interception for a score.         | true
            Who tied the record with his fifth interception return?       | Bland returned his 5th interception for a score.           | true
            Who tied the record with his fifth interception return?       | Bland returned his fourth interception for a score.        | false
            Who hosted the show after the Oct. 28 episode?                | Pete Davidson hosted the Oct. 14 episode.                  | false
            Who hosted the show after the Oct. 28 episode?                | After the October 28th episode, Timothée Chalamet hosted.  | true
            Which hotel was damaged in the blast that injured 21 people?  | The Sandman Signature hotel blast injured 21 people.       | true
            Which tree was decorated with more than 1,000 tumbleweeds?    | A tree made of 1000 tumbleweeds stands in Chandler.        | true
            Which two regions did Russia recognise as independent?        | Russia recognised Donetsk and Luhansk as independent.     | true
            Who won the 2019 Nobel Prize in Literature?                   | Peter Handke won the Nobel Prize in Literature.            | true
            Which governor imposed a Level 2 driving ban?                  | Gov. Jack Markell issued a level two driving ban.          | true
            Which governor imposed a Level 2 driving ban?                  | Gov. Jack Markell issued a level three driving ban.        | false
            """)
    void aNumberTheQuestionStatesMustStandInTheEvidence(String question, String passage, boolean held) {
        assertEquals(held, constraintsHeld(question, passage, passage));
    }

    /** Each row: a question, a passage, whether the passage holds the question's names: a country by its people's. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who did Macron name as France's prime minister?      | French President Emmanuel Macron named Gabriel Attal prime minister. | true
            Who did Macron name as France's prime minister?      | President Emmanuel Macron named Gabriel Attal prime minister.        | false
            What rate did the French agency measure?             | France's radiation agency measured a rate of 5.74.                  | true
            Which bank did the Netherlands' regulator fine?      | Dutch regulators fined ING 775 million euros.                        | true
            Which bank did the Netherlands' regulator fine?      | Belgian regulators fined ING 775 million euros.                      | false
            Who is the president of the UAE?                     | Emirati President Mohamed bin Zayed met Biden.                       | true
            Who is New Mexico's governor?                        | The new Mexican governor said the budget would pass.                 | false
            How many points did the New England Patriots score?  | The new coach, who speaks English, said the team scored 21.          | false
            """)
    void aCountryIsHeldByItsPeoplesName(String question, String passage, boolean held) {
        assertEquals(held, constraintsHeld(question, passage, passage));
    }

    /**
     * Each row: a question asking for a post's holder, a sentence, its passage, whether the sentence meets the
     * question: it names the post, or by the family name alone someone the passage writes the post before.
     */
    @ParameterizedTest(name = "{1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Which governor declared a state of emergency? | Per Markell's directive, a state of emergency began. | Gov. Jack Markell spoke. Per Markell's directive, a state of emergency began. | true
            Which governor declared a state of emergency? | Per Markell's directive, a state of emergency began. | Jack Markell spoke. Per Markell's directive, a state of emergency began.      | false
            Which governor declared a state of emergency? | Per Markell's directive, a state of emergency began. | Gov. Tom Wolf spoke. Per Markell's directive, a state of emergency began.     | false
            Which governor declared a state of emergency? | Gov. Markell declared a state of emergency.         | Gov. Markell declared a state of emergency.                                   | true
            Which governor approved the plan?             | The plan got the green light.                       | Gov. Josh Green spoke. The plan got the green light.                          | false
            Which governor approved the plan?             | Mr. Markell approved the plan.                      | Gov. Jack Markell spoke. Mr. Markell approved the plan.                       | true
            Which governor approved the plan?             | Markell approved the plan.                          | Gov. Jack Markell spoke. Markell approved the plan.                           | true
            Which president did parliament elect?         | Mahinda Rajapaksa ran Sri Lanka like a business.    | President Gotabaya Rajapaksa fled. Mahinda Rajapaksa ran Sri Lanka like a business. | false
            Which president did parliament elect?         | Gotabaya Rajapaksa ran Sri Lanka like a business.   | President Gotabaya Rajapaksa fled. Gotabaya Rajapaksa ran Sri Lanka like a business. | true
            """)
    void aPostIsHeldByTheNameOfItsHolderInThePassage(String question, String sentence, String passage, boolean held) {
        assertEquals(held, constraintsHeld(question, sentence, passage));
    }

    /**
     * Each row: a question, a passage the search found (which tells whether the question's first word is a name), a
     * sentence, whether the sentence meets the question.
     */
    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan landed a craft on the moon. What is its lander called? | The lander of Japan's space agency touched down. | India set its lander Vikram on the moon.    | false
            Japan landed a craft on the moon. What is its lander called? | Japan's lander touched down on Friday.            | India set its lander Vikram on the moon.    | true
            Japan landed a craft on the moon. What is its lander called? | The lander of Japan's space agency touched down. | Japan called its lander SLIM on the moon.   | true
            Insulin makers cut prices. At what price is it sold?         | Three insulin makers said so on Wednesday.        | Makers sell it for $35 a month now.         | true
            Peru's Congress ousted Pedro Castillo. Who was sworn in?    | Ana Ruiz became Peru’s first female president.   | Ana Ruiz became Peru’s first female president. | true
            Peru's Congress ousted Pedro Castillo. Who was sworn in?    | Peru ousted him. Ana Ruiz became president.       | Ana Ruiz became the first female president.    | false
            """)
    void aQuestionsFirstWordIsANameWhereTheEvidenceWritesItAsOne(
            String question, String found, String sentence, boolean met) {
        EvidenceReader reader = new EvidenceReader(question, null, List.of(found, sentence));
        assertEquals(met, reader.meetsConstraints(sentence, "", "", sentence, null));
    }

    /** A country's or a state's name is refused where a territory is, however its sentence marks it. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            In which Florida county were the cases identified?  | The cases were found in Texas.      | Texas  | true
            In which city were the cases identified?            | The cases were found in Texas.      | Texas  | false
            In which Florida county were the cases identified?  | The cases were found in Sarasota.   | Sarasota | false
            """)
    void aTerritorysNameIsRefusedWhereATerritoryIsWhateverMarksIt(
            String question, String sentence, String name, boolean refused) {
        int start = sentence.indexOf(name);
        assertEquals(
                refused,
                new EvidenceReader(question, null)
                        .refusesKindOf(sentence, Phrase.of(sentence, start, start + name.length())));
    }

    @org.junit.jupiter.api.Test
    void aOneWordNameItsPassageAlsoWritesInLowerCaseIsAWord() {
        EvidenceReader reader = new EvidenceReader("Which candidate was the runner-up in Iowa?", null);
        String sentence = "Find your caucus on the Iowa party website Look up the runner-up there.";
        String passage = "You can look at the results. " + sentence;
        assertEquals(null, reader.read(sentence, "", "", passage, null).answer());
        String named = "In Iowa, Look was the runner-up to Haley.";
        assertEquals("Look", reader.read(named, "", "", named, null).answer().text());
    }

    /**
     * Each row: another passage the search found, a sentence opening with a capitalised word, the answer read from it
     * ("-" for none). The word is a name where some passage writes it with a capital inside a sentence.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lines formed at CVS and Walgreens on Friday.      | Walgreens announced that its stores will close on Thanksgiving. | Walgreens
            Walgreens announced that its stores will close.   | Walgreens announced that its stores will close on Thanksgiving. | -
            Stores will close, Walgreens said.                | Nov 23, 2023 · Walgreens announced that its stores will close on Thanksgiving. | Walgreens
            Stores will close. Pharmacies announced it.       | Pharmacies announced that their stores will close on Thanksgiving. | -
            Officials of the State government said so.        | State officials announced that stores will close on Thanksgiving. | -
            The Federal Aviation Administration said so.      | Aviation officials announced that stores will close on Thanksgiving. | -
            """)
    void aSentencesFirstWordIsANameWhereAnotherPassageWritesItAsOne(String other, String sentence, String answer) {
        String question = "Which pharmacy chain announced that its stores would close on Thanksgiving?";
        EvidenceReader.Reading reading =
                new EvidenceReader(question, null, List.of(other, sentence)).read(sentence, "", "", sentence, null);
        assertEquals(
                answer.equals("-") ? null : answer,
                reading.answer() == null ? null : reading.answer().text());
    }

    @org.junit.jupiter.api.Test
    void aNameOfTheQuestionMayStandInThePassageOrTheTitle() {
        EvidenceReader reader = new EvidenceReader("What did Hua Chunying call on all parties to do?", THIS_WEEK);
        String sentence = "We call on all parties to exercise restraint, she said.";
        assertEquals(false, reader.read(sentence, "", "", sentence, null).constraintsHeld());
        assertEquals(
                true,
                reader.read(sentence, "", "Hua Chunying briefs reporters", sentence, null)
                        .constraintsHeld());
        assertEquals(
                true,
                reader.read(sentence, "Hua Chunying spoke.", "", "Hua Chunying spoke. " + sentence, null)
                        .constraintsHeld());
    }

    @org.junit.jupiter.api.Test
    void aPassageAboutAnotherOfANumberedSeriesMeetsNoQuestionAboutTheAskedOne() {
        EvidenceReader reader = new EvidenceReader("Who was named MVP of Super Bowl LVIII?", null);
        String sentence = "Patrick Mahomes was named MVP.";
        String another = "The Chiefs beat the Eagles in Super Bowl 57. " + sentence;
        String lookingBack = "He was MVP of Super Bowl LIV and Super Bowl LVII before. " + sentence;
        String asked = "The Chiefs beat the 49ers in Super Bowl 58. " + sentence;
        assertEquals(false, reader.read(sentence, "", "", another, null).constraintsHeld());
        assertEquals(true, reader.read(sentence, "", "", asked, null).constraintsHeld());
        assertEquals(true, reader.read(sentence, "", "", lookingBack, null).constraintsHeld());
        assertEquals(
                true,
                reader.read(sentence, "", "Chiefs win Super Bowl LVIII", another, null)
                        .constraintsHeld());
    }

    /**
     * Each row: question, passage, the sentence read in it, its answer or "-". A state's name ("Delaware") marks itself
     * where no mention marks it.
     */
    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Which player led Smyrna to the title?  | Girls play volleyball in Dover. Dover crowned Smyrna.       | Dover crowned Smyrna.    | -
            Which player led Smyrna to the title?  | Girls from Dover play. Dover crowned Smyrna.                | Dover crowned Smyrna.    | Dover
            Which player led Smyrna to the title?  | Girls from Delaware play. Delaware crowned Smyrna.          | Delaware crowned Smyrna. | -
            Which film won at the Golden Globes?   | Director Christopher Nolan spoke. Nolan won at the Golden Globes. | Nolan won at the Golden Globes. | -
            Which film won at the Golden Globes?   | Mr. Nolan spoke in Nolan. Nolan won at the Golden Globes.   | Nolan won at the Golden Globes. | Nolan
            Which pitcher gave up the hit?         | Catcher Ivan Rodriguez spoke. Rodriguez gave up the hit.    | Rodriguez gave up the hit.      | -
            Which pitcher gave up the hit?         | Ivan Rodriguez spoke. Rodriguez gave up the hit.            | Rodriguez gave up the hit.      | Rodriguez
            """)
    void aNameUnmarkedInItsSentenceTakesTheKindItsPassageMarks(
            String question, String passage, String sentence, String answer) {
        EvidenceReader.Reading reading = new EvidenceReader(question, null).read(sentence, "", "", passage, null);
        AnswerType type = QuestionForm.of(question).type();
        if (answer.equals("-")) {
            assertEquals(false, reading.usable(type), String.valueOf(reading));
        } else {
            assertEquals(answer, reading.answer().text(), String.valueOf(reading));
        }
    }

    @Test
    void aNameUnmarkedInItsPassageTakesTheKindAnotherPassageOfTheArticleMarks() {
        String question = "Which wholesaler would supply the medicines?";
        String sentence = "On Monday, Sanders asked a firm to supply the medicines.";
        Map<String, List<String>> senator = Map.of("Drug imports", List.of("Senator Bernie Sanders spoke at length."));
        Map<String, List<String>> unnamed = Map.of("Drug imports", List.of("Bernie Sanders spoke at length."));
        assertEquals(
                false,
                new EvidenceReader(question, null, List.of(), senator)
                        .read(sentence, "", "Drug imports", sentence, null)
                        .usable(AnswerType.NAME));
        assertEquals(
                "Sanders",
                new EvidenceReader(question, null, List.of(), unnamed)
                        .read(sentence, "", "Drug imports", sentence, null)
                        .answer()
                        .text());
    }

    @Test
    void aRoleAnotherPassageOfTheArticleGivesAPersonHoldsInEveryPassage() {
        String question = "Which pitcher gave up the hit?";
        String sentence = "On Monday, Ivan Rodriguez gave up the hit.";
        Map<String, List<String>> catcher =
                Map.of("Beltre's 3,000th", List.of("Catcher Ivan Rodriguez spoke at length."));
        Map<String, List<String>> unnamed = Map.of("Beltre's 3,000th", List.of("Ivan Rodriguez spoke at length."));
        assertEquals(
                false,
                new EvidenceReader(question, null, List.of(), catcher)
                        .read(sentence, "", "Beltre's 3,000th", sentence, null)
                        .usable(AnswerType.NAME));
        assertEquals(
                "Ivan Rodriguez",
                new EvidenceReader(question, null, List.of(), unnamed)
                        .read(sentence, "", "Beltre's 3,000th", sentence, null)
                        .answer()
                        .text());
    }

    /**
     * Each row: another article's passage read for the question, whether "Portland" still answers who did something
     * there: a name unmarked in its own article takes the kind another article marks it with, written just so, unless
     * the articles mark it two ways.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The jet took off from Portland, Oregon, on Friday.                          | false
            Defense Secretary Lloyd Portland spoke on Friday.                           | true
            The jet took off from Portland, Oregon. We met Portland, who spoke at length. | true
            Nothing else is said.                                                       | true
            """)
    void aNameUnmarkedInItsArticleTakesTheKindOtherArticlesMarkJustSo(String otherPassage, boolean answers) {
        String question = "Boeing removed the head of its 737 Max program. Who was he?";
        String sentence = "The plane flew back from Portland when the plug blew out.";
        Map<String, List<String>> passages = Map.of(
                "Door plug", List.of("The plane flew back from Portland when the plug blew out."),
                "Flight 1282", List.of(otherPassage));
        EvidenceReader.Reading reading =
                new EvidenceReader(question, null, List.of(), passages).read(sentence, "", "Door plug", sentence, null);
        assertEquals(
                answers,
                reading.answer() != null && reading.answer().text().equals("Portland"),
                String.valueOf(reading));
    }

    @Test
    void aNameItsOwnArticleMarksTwoWaysTakesNoKindFromAnotherArticle() {
        String question = "Boeing removed the head of its 737 Max program. Who was he?";
        String sentence = "The plane flew back from Portland when the plug blew out.";
        Map<String, List<String>> passages = Map.of(
                "Door plug",
                List.of(sentence, "We met Portland, who spoke at length.", "Flights left Portland, Oregon, daily."),
                "Flight 1282",
                List.of("The jet took off from Portland, Oregon, on Friday."));
        EvidenceReader.Reading reading =
                new EvidenceReader(question, null, List.of(), passages).read(sentence, "", "Door plug", sentence, null);
        assertEquals(
                "Portland", reading.answer() == null ? null : reading.answer().text(), String.valueOf(reading));
    }

    /**
     * Each row: the article's other passage read, whether the sentence meets the question: a name the question writes
     * only to describe the story, and the words it quotes, may stand in another passage of the article.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Some members of Congress want a ban.                   | true
            Some members want a ban.                               | false
            """)
    void aDescribingNameMayStandInAnotherPassageOfTheArticle(String otherPassage, boolean held) {
        String question =
                "Facing renewed calls in Congress for a ban, TikTok has committed to moving its data to which company's cloud?";
        String sentence = "TikTok has committed to moving its US user data to Oracle’s cloud platform.";
        Map<String, List<String>> passages = Map.of("TikTok ban", List.of(sentence, otherPassage));
        assertEquals(
                held,
                new EvidenceReader(question, null, List.of(), passages)
                        .read(sentence, "", "TikTok ban", sentence, null)
                        .constraintsHeld());
    }

    /**
     * Each row: the article's text beyond the passage read, whether the sentence meets the question: a name the question
     * writes only to describe the story may stand in a passage the search did not return; one the article never writes
     * still refuses it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Some members of Congress want a ban. TikTok has committed to Oracle.  | true
            Some members want a ban. TikTok has committed to Oracle.             | false
            ''                                                                   | false
            """)
    void aDescribingNameMayStandAnywhereInTheArticle(String articleText, boolean held) {
        String question =
                "Facing renewed calls in Congress for a ban, TikTok has committed to moving its data to which company's cloud?";
        String sentence = "TikTok has committed to moving its US user data to Oracle’s cloud platform.";
        assertEquals(held, constraintsHeldInArticle(question, sentence, "TikTok ban", articleText));
    }

    /**
     * Each row: a question, its article's whole text (the passage that answers is its last sentence), whether the
     * passage meets the question's numbers. A number that only the statement before the question states tells which
     * story is asked about ("Flight 1282"): the article must write it, not the passage; a number the asking sentence
     * states must stand in the passage.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A door plug blew off a Boeing jet, Alaska Flight 1282. How many seats must MAX jets have to keep the exits? | Alaska Flight 1282 lost a door plug. Federal law requires MAX jets with more than 200 seats to keep the exits, Boeing says. | true
            A door plug blew off a Boeing jet, Alaska Flight 1282. How many seats must MAX jets have to keep the exits? | Alaska Flight 1289 lost a door plug. Federal law requires MAX jets with more than 200 seats to keep the exits, Boeing says. | false
            A door plug blew off a Boeing jet, Alaska Flight 1282. How many seats must MAX jets have to keep the exits? | ''                                                                            | false
            How many seats must the Boeing jets of Flight 1282 have to keep the exits?                   | Alaska Flight 1282 lost a door plug. Federal law requires MAX jets with more than 200 seats to keep the exits, Boeing says. | false
            """)
    void aNumberSettingTheSceneStandsInTheArticle(String question, String articleText, boolean held) {
        String sentence = "Federal law requires MAX jets with more than 200 seats to keep the exits, Boeing says.";
        assertEquals(held, constraintsHeldInArticle(question, sentence, "Door plug", articleText));
    }

    /**
     * Whether {@code sentence}, the only passage read of the article titled {@code title}, meets the constraints of
     * {@code question}, where the article's whole text is {@code articleText} ("" for none).
     */
    private static boolean constraintsHeldInArticle(
            String question, String sentence, String title, String articleText) {
        Map<String, List<String>> passages = Map.of(title, List.of(sentence));
        Optional<String> article = articleText.isEmpty() ? Optional.empty() : Optional.of(articleText);
        return new EvidenceReader(question, null, List.of(), passages, t -> article)
                .read(sentence, "", title, sentence, null)
                .constraintsHeld();
    }

    /** Whether {@code sentence}, read in {@code passage}, meets the constraints of {@code question}. */
    private static boolean constraintsHeld(String question, String sentence, String passage) {
        return new EvidenceReader(question, null)
                .read(sentence, "", "", passage, null)
                .constraintsHeld();
    }
}
