package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountedThingsTest {
    /** Each row: a question, a sentence, a number in it, whether that number can be the count asked for. */
    @ParameterizedTest(name = "{0} / {2} of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How many people were burned?            | An 11 p.m. curfew was set after the fireworks.  | 11         | false
            How many named storms are forecast?     | The forecast is expected April 13.              | 13         | false
            How many people were killed?            | In January, 12 people were killed.              | 12         | true
            How many tornadoes were confirmed?      | About 25 million people saw the storms.         | 25 million | false
            How many tornadoes were confirmed?      | At least 12 tornadoes were confirmed.           | 12         | true
            How many more stores is Rite Aid closing? | Rite Aid is closing an additional 31 stores.  | 31         | true
            How many people died in the storm?      | The storm caused 12 deaths.                     | 12         | true
            How many countries are sending units?   | Units from five nations are joining.            | five       | false
            How many festival-goers were stuck?     | About 73,000 attendees were stuck.              | 73,000     | true
            How many employees were laid off?       | The firm was founded in 1999.                   | 1999       | false
            How many employees were laid off?       | The firm laid off 1999 employees.               | 1999       | true
            How many people attended?               | Tickets cost $25 each.                          | $25        | false
            How many people attended?               | It was a four-day event.                        | four       | false
            How many employees work there?          | It grew over the past six years.                | six        | false
            How many years did he serve?            | He served six years in prison.                  | six        | true
            How many reservations had Ford received? | The truck can go 320 miles on a charge.        | 320        | false
            How many reservations had Ford received? | The truck can go 320 miles on a charge.        | 320 miles  | false
            How many miles can the truck go?        | The truck can go 320 miles on a charge.         | 320        | true
            How many climbers reached the peak?     | The peak rises 14,000 feet above the plain.     | 14,000     | false
            How many climbers reached the peak?     | About 300 climbers reached the peak.            | 300        | true
            How many miles per hour were the winds? | The winds reached 150 mph on Monday.            | 150        | true
            How many pounds did the fish weigh?     | The fish weighed 40 lbs when caught.            | 40         | true
            How many runners finished the race?    | The 5km race had 300 runners.                   | 5          | false
            How many feet of snow fell?             | About 3 ft of snow fell on Monday.              | 3          | true
            How many runners finished the race?    | The race ran over one mile of road.             | one        | false
            How many people voted?                  | Turnout was 59% of voters.                      | 59         | false
            How many jars of peanut butter were pulled? | All five people who fell ill ate it.      | five       | false
            In how many states are the buses the first? | It will deliver 2,468 electric and low-emission school buses. | 2,468 | false
            How many buses will it deliver?         | It will deliver 2,468 electric and low-emission school buses. | 2,468 | true
            How many people were hurt?              | Twelve were killed and 30 were hurt.            | 30         | true
            How many people died?                   | At least 12 died and dozens were injured.       | 12         | true
            How many people voted?                  | More than 1,200 cast ballots.                   | 1,200      | true
            How many households were affected?      | Customers were targeted in an attack Aug. 21.   | 21         | false
            How many households were affected?      | The attack of May 30 hit 76 million households. | 30         | false
            How many calories are in a serving?     | It has two classic chocolate basecakes.         | two        | false
            How many dog farms are there?           | Most farms raise about 500 dogs.                | 500        | false
            How many dog farms are there?           | There are about 1,150 dog farms.                | 1,150      | true
            How many pedestrian deaths did the city record? | Drivers killed 37 pedestrians last year. | 37        | true
            How many sports teams are in the league? | The league has 30 sports teams.                | 30         | true
            How many miles of road were closed?     | About 12 miles of road were closed.             | 12         | true
            How many households were affected?      | JPMorgan and at least four other banks were hacked. | four   | false
            How many people were burned?            | After the chaos, three were arrested.           | three      | false
            How many people were burned?            | Three people were badly burned.                 | Three      | true
            How many people were killed?            | At least 12 were reported dead on Monday.       | 12         | true
            How many people were killed?            | Twelve were killed and 30 were hurt.            | 30         | false
            How many COVID-19 patients were treated? | It has 4,000 beds in the nine main Memphis-area hospitals. | nine | false
            How many hospitals does it run?         | It has 4,000 beds in the nine main Memphis-area hospitals. | nine | true
            How many tanks were sent?               | About 2,000 U.S. troops were sent.              | 2,000      | false
            How many troops were sent?              | About 2,000 U.S. troops were sent.              | 2,000      | true
            How many people were injured?           | Police said 30 people were hurt.                | 30         | true
            How many people were killed?            | 12 people, most of them children, were injured. | 12         | true
            How many people attended?               | About 500 were arrested.                        | 500        | true
            How many reservations had Ford received? | It can go 230 or 320 miles on a charge.        | 230        | false
            How many named storms are forecast?     | It calls for 11 to 15 named storms.             | 11         | true
            How many teams are in the league?       | It has 32 sports teams.                         | 32         | true
            How many people were killed?            | At least 12 were killed.                        | 12         | true
            How many stores will close?             | It will close 31 more underperforming stores.   | 31         | true
            How many reservations had Ford received? | Ford plans to make 150,000 of these trucks a year. | 150,000 | false
            How many trucks will Ford make?         | Ford plans to make 150,000 of these trucks a year. | 150,000 | true
            How many of her grandchildren came?     | Four of her grandchildren came.                 | Four       | true
            How many of them were killed?           | Police said 12 people were killed.              | 12         | true
            How many consecutive days did it last?  | It hit 100 for 18 days more than the old record. | 18        | false
            How many more days did it last?         | It lasted 18 days more than the old record.     | 18         | true
            How many people attended?               | Some 500 more than last year attended.          | 500        | false
            How many workers will Ford lay off?     | Ford will lay off 1,300 of the company's hourly workers. | 1,300 | true
            How many peaks are there in Colorado?   | Colorado has 58 peaks higher than 14,000 feet.  | 58         | true
            How many consecutive days has it been above 100? | It hit 100 for 18 days more than the old record. | 18   | false
            How many counties reported cases?       | There are 40 counties with more than 100 cases. | 40         | true
            How many students passed?               | Some 40 students scored higher than 90.         | 40         | true
            How many days longer did it last than the record? | It lasted 18 days longer than the record. | 18       | true
            By how many votes did he win?           | He won by 12 votes more than his rival got.     | 12         | true
            How many ventilators do they have?      | In two or three weeks we may have more beds.    | two        | false
            How many weeks will it take?            | In two or three weeks we may have more beds.    | two        | true
            How many passing yards did he have?     | The first 87 combined for a 64.1 passer rating. | 64.1       | false
            How many Super Bowls did he call?       | He called a record 16 Super Bowls on TV.        | 16         | true
            How many planes were grounded?          | An 8 p.m. curfew grounded 171 planes.           | 171        | true
            How many straight games have they won?  | They won a 12th straight game on Sunday.        | 12th straight game | true
            How many senators voted for it?         | It passed by a 52 to 48 vote.                   | 52         | true
            How many years was he sentenced to?     | He got a 20 year sentence.                      | 20         | true
            How many points did he score?           | He finished with 25 and nine rebounds.          | 25         | true
            How many days will the repairs take?    | It will take two or three weeks.                | two        | false
            """)
    void aNumberCountsTheAskedThingsOrSomethingElse(String question, String sentence, String number, boolean counts) {
        int at = sentence.indexOf(number);
        Phrase span = new Phrase(at, at + number.length(), number);
        assertEquals(counts, CountedThings.askedBy(question).countedBy(sentence, span));
    }

    /**
     * Each row: a question, the sentence before, a sentence, a number in it, whether that number writes no noun where
     * neither sentence writes the things counted.
     */
    @ParameterizedTest(name = "{0} / {3} of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Across how many states did the alerts extend? | ''                        | More than 87 million are under wind chill alerts. | 87 million | true
            Across how many states did the alerts extend? | Alerts reach 37 states.   | More than 87 million are under wind chill alerts. | 87 million | false
            How many stores does the company operate? | ''                            | Its monthly debt payments are in the millions.     | millions   | true
            How many stores does the company operate? | ''                            | The company operates 43 of them.                   | 43         | true
            How many stores does the company operate? | It has many stores left.      | The company operates 43 of them.                   | 43         | false
            How many flights were canceled?         | Storms hit flights.           | Airlines canceled more than 2,000 on Friday.        | 2,000      | false
            How many states did the alerts cover?   | ''                            | Alerts covered 37 states.                           | 37         | false
            How many cars did the sinkhole swallow? | ''                            | The sinkhole swallowed eight Corvettes.             | eight      | false
            How many cars did the sinkhole swallow? | ''                            | It swallowed the 500 mark.                          | 500        | false
            How many career points does he have?    | ''                            | He now has 38,390 after the loss.                   | 38,390     | false
            How many games did the team win?        | ''                            | The team won 10 in a row.                           | 10         | false
            How many died in the fire?              | ''                            | The blaze killed 12.                                | 12         | false
            How many Americans are under alerts?    | ''                            | More than 87 million are under wind chill alerts.   | 87 million | false
            How many households were affected?      | ''                            | The outage affected 76 million.                     | 76 million | false
            How many homes were destroyed?          | ''                            | The fire destroyed 120 on Monday.                   | 120        | true
            How many homes were destroyed?          | ''                            | About 120 burned to the ground.                     | 120        | true
            """)
    void aCountThatNamesNothingCountsNoThingsTheSentencesNeverName(
            String question, String previous, String sentence, String number, boolean unnamed) {
        int at = sentence.indexOf(number);
        assertEquals(
                unnamed,
                CountedThings.askedBy(question)
                        .unnamedIn(previous, sentence, Phrase.of(sentence, at, at + number.length())));
    }

    @Test
    void theCountedNounsAreThoseAfterHowManyBeforeTheVerb() {
        assertEquals(Set.of("store"), singulars(CountedThings.askedBy("How many more stores is Rite Aid closing?")));
        assertEquals(
                Set.of("bank", "of", "america", "employee"),
                singulars(CountedThings.askedBy("How many Bank of America employees were laid off?")));
        assertNull(CountedThings.askedBy("Who won the race?"));
        assertEquals(
                Set.of("store"),
                CountedThings.askedBy("How many more stores is Rite Aid closing?")
                        .things());
        assertEquals(
                Set.of(),
                CountedThings.askedBy("How many people died in the fire?").things());
        assertEquals(
                Set.of(),
                CountedThings.askedBy("How many Americans are under alerts?").things());
        assertEquals(
                Set.of(),
                CountedThings.askedBy("How many career points does he have?").things());
    }

    /** Each row: a question, a sentence, the ordinals that count the run it asks about, ";"-separated. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            For how many consecutive days has El Paso hit 100? | It reached 100 for the 41st consecutive day on Wednesday. | 41st consecutive day
            How many straight games have they won?             | They won their 12th straight game and 3rd straight title.  | 12th straight game
            For how many consecutive days has El Paso hit 100? | It was a fifth straight triple-digit day.                  | fifth straight triple-digit day
            How many days in a row has El Paso hit 100?        | It reached 100 for the 41st day in a row.                  | 41st day in a row
            How many days in a row has El Paso hit 100?        | It reached 100 on the 41st day of July.                    | ''
            For how many consecutive days has El Paso hit 100? | It reached 1,000th consecutive day.                        | 1,000th consecutive day
            How many triple-digit days in a row has El Paso had? | It was the 41st triple-digit day in a row.               | 41st triple-digit day in a row
            For how many consecutive days has El Paso hit 100? | It was the twenty-first consecutive day.                  | ''
            How many consecutive days have protesters marched? | They marched for a second straight week, days after the verdict. | ''
            How many days did it last?                         | It reached 100 for the 41st consecutive day on Wednesday. | ''
            For how many consecutive days has El Paso hit 100? | It was the 3rd consecutive year of drought.               | ''
            """)
    void anOrdinalCountsTheRunAskedAbout(String question, String sentence, String runs) {
        assertEquals(
                runs.isEmpty() ? List.of() : List.of(runs.split(";")),
                CountedThings.askedBy(question).runsIn(sentence).stream()
                        .map(Phrase::text)
                        .toList());
    }

    /** Each row: a sentence, an occurrence of "one" in it, whether it stands for a thing rather than counting. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The archive defines a mass shooting as one in which four people are shot. | true
            It was the one that got away.                                             | true
            One person was killed in the shooting.                                    | false
            Only one of them survived the crash.                                      | false
            The storm killed one and injured four.                                    | false
            It defines a mass shooting as one with four victims.                      | true
            He scored just one that season.                                           | false
            Police said as few as one person was hurt.                                | false
            No one was killed in the crash.                                           | true
            """)
    void oneThatStandsForAThingCountsNothing(String sentence, boolean pronoun) {
        int start = sentence.toLowerCase(java.util.Locale.ROOT).indexOf("one");
        assertEquals(pronoun, CountedThings.isPronounOne(sentence, Phrase.of(sentence, start, start + 3)));
    }

    private static Set<String> singulars(CountedThings counted) {
        return Set.copyOf(counted.nouns().stream().map(Words::singular).toList());
    }
}
