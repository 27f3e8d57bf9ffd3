package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Luke Humphries beat 16-year-old Luke Littler 7-4 in the final.                      | Luke Humphries;Luke Littler
            The Foreign Ministry said on Tuesday that it was concerned.                         | Foreign Ministry
            It's the latest incident for Boeing 737 MAX line of planes.                         | Boeing 737 MAX
            They will need to be vigilant for Form 1099-K next year.                            | Form 1099-K
            The Bucks won 112-86 over Chicago.                                                  | Bucks;Chicago
            One of the officials said the Bank of England would act.                            | Bank of England
            Cruz won the Republican 2016 Iowa caucuses.                                         | Cruz;Republican;Iowa
            Earlier Twilight movies have been regular winners.                                  | Twilight
            Later Sunday, President Biden spoke.                                                | President Biden
            "Oppenheimer," "Succession" and "The Bear" took several categories at the Golden Globes Sunday night. | Oppenheimer;Succession;The Bear;Golden Globes
            The festival runs from August 15 to August 18 in Dover.                             | Dover
            Two Madonna fans sued the singer.                                                   | Madonna
            Theresa May spoke to Zhang Jun.                                                     | Theresa May;Zhang Jun
            The Chiefs play on Feb. 11 in Las Vegas.                                            | Chiefs;Las Vegas
            The ACLU sued In January 2021, and Lee said On Monday it would appeal.             | ACLU;Lee
            Jack Lee joined In Cold Blood, and In March the band From Indian Lakes played.    | Jack Lee;In Cold Blood;From Indian Lakes
            Jan 20, 2024 — Its SLIM lander set down on the moon.                                 | SLIM
            LOS ANGELES – The Golden Globes kicked off the season.                               | LOS ANGELES;Golden Globes
            The US Senate heard Will Smith.                                                     | US Senate;Will Smith
            Russia sent troops into two Moscow-backed areas of Coca-Cola land.                  | Russia;Coca-Cola
            Still available for a limited time: Oreo Black & White cookies.                     | Oreo Black & White
            It bought Procter & Gamble and AT&T while Smith & co. waited.                     | Procter & Gamble;AT&T;Smith
            Customs and Border Protection and the Food and Drug Administration agreed.         | Customs and Border Protection;Food and Drug Administration
            The Centers for Disease Control and Prevention said Friday.                        | Centers for Disease Control and Prevention
            The Department of Health and Human Services and the Council on Foreign Relations. | Department of Health and Human Services;Council on Foreign Relations
            An endorsement from the group Americans for Prosperity Action, co-founded by Koch. | Americans for Prosperity Action;Koch
            Moms for Liberty and Doctors Without Borders joined Mothers Against Drunk Driving. | Moms for Liberty;Doctors Without Borders;Mothers Against Drunk Driving
            Most Americans for decades backed Students for Fair Admissions.                 | Americans;Students for Fair Admissions
            The Lakers traded Russell to the Nets for Anthony Davis.                         | Lakers;Russell;Nets;Anthony Davis
            Ukrainians for years trusted Doctors in Kyiv.                                    | Ukrainians;Doctors;Kyiv
            The Blazers traded Jrue Holiday to the Celtics for Malcolm Brogdon.              | Blazers;Jrue Holiday;Celtics;Malcolm Brogdon
            Lawyers for Hunter Biden asked the judge to wait.                                | Lawyers;Hunter Biden
            The vote pitted House Republicans against Biden.                                 | House Republicans;Biden
            The Senate Judiciary Subcommittee on Competition Policy met the Intergovernmental Panel on Climate Change. | Senate Judiciary Subcommittee on Competition Policy;Intergovernmental Panel on Climate Change
            The Board on Monday heard the Panel on Friday.                                     | Board;Panel
            Michigan and Ohio State met Trump and Biden in the Senate on Tuesday.               | Michigan;Ohio State;Trump;Biden;Senate
            United Airlines and Alaska Airlines joined Delta and United Airlines.             | United Airlines;Alaska Airlines;Delta;United Airlines
            The Supreme Court on Jan. 5 heard the Bank for International Settlements.        | Supreme Court;Bank for International Settlements
            A teen finally beat Tetris.How a 13-year-old did it.                               | Tetris
            The shareholder Richard J. Tornetta sued George W. Bush.                          | Richard J. Tornetta;George W. Bush
            After eight years I am proud, said Kahn, and I'm told Israel agreed.            | Kahn;Israel
            World War I ended when the Allies met.                                          | World War I;Allies
            The piper played at St. Paul's Cathedral and climbed Mt. Everest in May.        | St. Paul's Cathedral;Mt. Everest
            The Supreme People’s Assembly met, and China’s Foreign Ministry spoke on Valentine’s Day. | Supreme People’s Assembly;China’s;Foreign Ministry;Valentine’s Day
            Atari installed Pong at Andy Capp’s Tavern, not at Trump’s Tower Records.      | Atari;Pong;Andy Capp’s Tavern;Trump’s;Tower Records
            Trumka said: “Any option is on the table,” and “The Bear” won.                 | Trumka;The Bear
            They look at Mays like, 'What are you talking about?' he said.                 | Mays
            Foreign Minister Kang Kyung-wha met Kim Jong-un and the Hong Kong-based New York-born Lee. | Foreign Minister Kang Kyung-wha;Kim Jong-un;Hong;New;Lee
            The St. Paul Pioneer Press reports he enrolled at St. Joseph's University, not at Trump's school. | St. Paul Pioneer Press;St. Joseph's University;Trump's
            Will Hurd, a former congressman, met Will Smith.                                | Will Hurd;Will Smith
            Will Trump run again?                                                           | Trump
            The 5th Circuit Court of Appeals heard the 3rd Brigade Combat Team at the 96th Academy Awards. | 5th Circuit Court of Appeals;3rd Brigade Combat Team;Academy Awards
            The Cullman County Sheriff’s Office left the World Health Organization on Inauguration Day. | Cullman County Sheriff’s Office;World Health Organization;Inauguration Day
            In 2022 Ohio chose J.D. Vance over George H.W. Bush and the U.S. Navy.             | Ohio;J.D. Vance;George H.W. Bush;U.S;Navy
            Chung-in Moon met Lim Byeong-cheol after an Obama-era rule and a Moscow-backed vote. | Chung-in Moon;Lim Byeong-cheol
            Twenty-one Palestinians died, and Ex-wife Ivana Trump spoke.                       | Palestinians;Ivana Trump
            The Orioles won an American League-best 101 games.                                | Orioles;American
            The F.B.I. Director Christopher Wray met A.J. Brown in the U.S.                    | F.B.I;Director Christopher Wray;A.J. Brown;U.S
            She studied at Yale's School of Medicine, not at the U.S. Attorney's Office.       | Yale's;School of Medicine;U.S;Attorney's Office
            Will Trump testify                                                                 | Trump
            Alabama won its 11th NCAA Division I title.                                        | Alabama;NCAA Division I
            On Tuesday Trump said the vote on Tuesday of Alejandro Mayorkas came.          | Trump;Alejandro Mayorkas
            Tuesday Trump said it, and WASHINGTON (AP) — On Tuesday Biden signed it.        | Trump;WASHINGTON;AP;Biden
            Late Monday President Biden signed it after a Good Friday Agreement talk.         | President Biden;Good Friday Agreement
            He told The Sunday Times about Saturday Night Live and Katy Perry's Last Friday Night. | The Sunday Times;Katy Perry's;Last Friday Night
            Late Night host Seth Meyers played the music of June Carter Cash during March Madness. | Late Night;Seth Meyers;June Carter Cash;March Madness
            Theresa May met Will Smith on Sunday.                                             | Theresa May;Will Smith
            France’s Assembly met the People’s Republic of China about “Jeanne du Barry”. | France’s;Assembly;People’s Republic of China;Jeanne du Barry
            The Valentine’s Day Massacre film won.                                         | Valentine’s;Day Massacre
            The shop stood on Main St. Officers found it there.                            | Main St;Officers
            Carolyn Maloney's Delivering for America Act bars it, as the Americans with Disabilities Act does. | Carolyn Maloney's;Delivering for America Act;Americans with Disabilities Act
            Martin Luther King Jr. Day fell on a Monday, said Martin Luther King Jr. III.   | Martin Luther King Jr. Day;Martin Luther King Jr;III
            The Clean Air Act and Clean Water Act and the Freedom to Vote Act passed.         | Clean Air Act;Clean Water Act;Freedom to Vote Act
            Medicaid and Affordable Care Act plans differ, and Senate Votes on Inflation Reduction Act. | Medicaid;Affordable Care Act;Senate Votes;Inflation Reduction Act
            They endorsed Robert F. Kennedy Jr. Senate Democrats said so.                   | Robert F. Kennedy Jr;Senate Democrats
            The Tax Cuts and Jobs Act passed, and Biden spoke to Trump in Ohio on Act Two.  | Tax Cuts and Jobs Act;Biden;Trump;Ohio;Act Two
            Mocksville: The police department is evicting its cat.                          | Mocksville
            Winner: Taylor Swift took the prize.                                            | Winner;Taylor Swift
            Best series: The Bear won again.                                                | Best;The Bear
            Anchorage: A Russia-designed plant has begun its journey.                       | Anchorage
            Rolf van de Kerkhof was named coach of the year.                                | Rolf van de Kerkhof
            Ursula von der Leyen spoke in Brussels.                                         | Ursula von der Leyen;Brussels
            Smith of the Hens spoke.                                                        | Smith;Hens
            Leapfrog gave Bayhealth an A for safety.                                        | Leapfrog;Bayhealth;A
            Reviews: The Oscar-nominated film opened.                                       | Reviews
            """)
    void namesAreRunsOfCapitalisedWordsWithoutTheirFunctionWordsAndDates(String sentence, String names) {
        List<String> expected = Arrays.asList(names.split(";"));
        assertEquals(expected, Names.in(sentence).stream().map(Phrase::text).toList());
    }
}
