package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewlyAskedTest {
    /** Each row: a question, the words it newly asks after its statement, separated by ";". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Spain beat England 1-0 in the final. Who scored the winning goal?                          | scored
            The state fair will welcome visitors again. On what dates will the fair be held?           | ''
            Prime minister Anwar Ibrahim unveiled his cabinet. Whom did he appoint as deputy prime ministers? | appoint
            Nick Saban has retired as Alabama's coach. Who did the university hire to replace him?     | replace
            The nor'easter gave Boston its snowiest day. Which Massachusetts town recorded 30 inches?  | recorded;inches
            Idalia came ashore in Florida's Big Bend. Near which community did it make landfall?      | landfall
            The writers voted to ratify their contract. On what date did that happen?                 | ''
            Cillian Murphy is among the honorees. On what date will the awards ceremony take place?   | ''
            Elon Musk defended his pay package. Which shareholder brought the lawsuit challenging it?  | ''
            Two children were swept away by the flood. What were their names?                         | ''
            Boeing removed the head of its 737 Max program. Who was he?                                | ''
            Lilly will launch a biosimilar to Lantus on April 1. What is it called?                    | ''
            Two artists photographed saris around the city. What have they titled the project?         | ''
            A bill would strip the district from Disney. What would the district be renamed?           | ''
            Ian's forecast drew fire. Who is the center's acting director, who answered the criticism? | ''
            Ian's forecast drew fire. Which official answered the criticism?                          | answered
            A gunman opened fire at a mall. Who is the officer, who shot the suspect?                  | shot
            Salmonella sickened 200 people. In the outbreak, which state has the most cases?           | cases
            The UAW reached a deal with GM. Who called off the strike?                                 | called
            Who scored the winning goal in the Women's World Cup final?                                | ''
            Fashion designer Kate Spade was found dead this week. How old was she?                    | ''
            The storm hit Florida on Wednesday. How long did crews work to restore power?              | crews;work;restore;power
            Ruke's Seafood Deck on Smith Island has closed. In which island village was it located?    | ''
            Jensen Tuna recalled frozen tuna. In which city is the company based?                      | ''
            Jensen Tuna recalled frozen tuna. Which company shipped it from Vietnam?                   | shipped
            A Utah teen vanished on Monday. In which city was she found?                                | found
            Tornadoes hit Oklahoma. Which small town of about 600 residents was among the worst hit?    | ''
            Tornadoes hit Oklahoma. Which small town of about 600 residents did crews reach first?      | crews;reach;first
            Tornadoes hit Oklahoma. Which town of about 600 residents faces a water shortage?          | faces;water;shortage
            A flood hit Ohio. Which company with more than 5,000 workers closed its plant?             | closed
            A flood hit Ohio. Which company closed its plant with 5,000 workers?                       | closed;workers
            Turnout was high. What percentage of voters support the ban?                               | voters;support
            A trust completed the purchase of the rail line. How much did it pay for the corridor?     | pay
            A trust completed the purchase of the rail line. How much did it raise for the trail?      | raise
            The outlet is the chain's third away from the Shore. Which town has the other two?         | ''
            The Oscar nominations left Affleck out. Which filmmaker directed one of the nominated films? | directed
            """)
    void aQuestionAfterAStatementNewlyAsksTheWordsNeitherTheStatementNorItsPointersGive(
            String question, String newlyAsked) {
        assertEquals(
                newlyAsked.isEmpty() ? Set.of() : Set.of(newlyAsked.split(";")),
                QuestionForm.of(question).newlyAsked());
    }

    /**
     * Each row: the terms newly asked (";" between them, empty for none), the terms of a sentence and the one before
     * it, the cosine of the sentence and of the one before it with the asking sentence, whether the sentence carries
     * what is newly asked (the least cosine is 0.6).
     */
    @ParameterizedTest(name = "{0} / {1} / {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            scor           | scor;goal;minut     | 0.1  | 0.1  | true
            ''             | coach;final         | 0.1  | 0.1  | true
            scor           | coach;final         | 0.1  | 0.1  | false
            scor           | coach;final         | 0.7  | 0.1  | true
            scor           | coach;final         | 0.1  | 0.7  | true
            scor           | coach;final         | 0.59 | 0.1  | false
            ukrain         | ukrainian;minist    | 0.1  | 0.1  | true
            land;touch     | aim;bay;rainbow     | 0.65 | 0.2  | true
            """)
    void aSentenceCarriesWhatIsNewlyAskedByItsWordsOrItsMeaning(
            String terms, String window, double cosine, double cosineBefore, boolean held) {
        // Unit vectors whose first component is their cosine with the asking sentence's, (1, 0).
        List<float[]> vectors = List.of(unitAt(cosineBefore), unitAt(cosine));
        NewlyAsked asked = new NewlyAsked(words(terms), new float[] {1, 0}, 0.6);
        assertEquals(held, asked.heldBy(words(window), vectors, 1));
    }

    /** The first sentence of a passage has none before it: only its own meaning counts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0.7 | true
            0.5 | false
            """)
    void theFirstSentenceCarriesItByItsOwnMeaningAlone(double cosine, boolean held) {
        NewlyAsked asked = new NewlyAsked(Set.of("scor"), new float[] {1, 0}, 0.6);
        assertEquals(held, asked.heldBy(Set.of("coach"), List.of(unitAt(cosine)), 0));
    }

    private static Set<String> words(String joined) {
        return joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(";")));
    }

    private static float[] unitAt(double cosine) {
        return new float[] {(float) cosine, (float) Math.sqrt(1 - cosine * cosine)};
    }

    /**
     * Each row: a question, words of which any carries what it newly asks, words that do not (";" between them). The
     * question's terms stand for its information; the asking sentence is close in meaning to no sentence, so only the
     * words count.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A trust completed the purchase of the rail line. How much did it pay for the corridor?   | pay;purchased;bought;sold | raise;trail
            A trust completed the purchase of the rail line. How much did it raise for the trail?    | raised                     | purchased;bought
            The center was put up for sale. Which company owns the center?                           | owns;owner                 | sale;tenant
            The center's owner put it up for sale. Which company owns the center?                    | owns                       | owner
            Fitton spoke on Tuesday. Which group does Fitton lead?                                   | leads;president;chairman   | spoke
            Spain beat England 1-0 in the final. Who scored the winning goal?                        | scored                     | beat;final;goal
            """)
    void whatIsNewlyAskedIsCarriedByItsWordsAndTheWordsThatSayThem(String question, String carriers, String others) {
        QuestionTerms terms = EvenGenerators.englishTerms();
        NewlyAsked asked = NewlyAsked.of(
                question, QuestionForm.of(question), terms, terms.termsOf(question), q -> new float[] {1, 0}, 0.6);
        List<float[]> farFromAsking = List.of(new float[] {0, 1});
        for (String word : carriers.split(";")) {
            assertEquals(true, asked.heldBy(terms.termsOf(word), farFromAsking, 0), word);
        }
        for (String word : others.split(";")) {
            assertEquals(false, asked.heldBy(terms.termsOf(word), farFromAsking, 0), word);
        }
    }

    /**
     * Each row: a question, a sentence, its name that answers, whether the sentence gives that name as the maker of a
     * thing the question's asking sentence writes, after "by".
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Senators passed a bill on statues. Which state representative sponsored the bill?   | The bill by Rep. Laura Hall creates a commission.       | Laura Hall   | true
            Senators passed a bill on statues. Which state representative sponsored the bill?   | The bill by Laura Hall creates a commission.            | Laura Hall   | true
            Senators passed a bill on statues. Which state representative sponsored the bill?   | The statue by Rep. Laura Hall stands in the park.       | Laura Hall   | false
            Senators passed a bill on statues. Which state representative sponsored the bill?   | The bill was signed by Gov. Kay Ivey on Friday.         | Kay Ivey     | false
            Senators passed a bill on statues. Which state representative sponsored the bill?   | The bill by the committee went to Rep. Laura Hall.      | Laura Hall   | false
            Police answered a shooting in Dover. Who was arrested?                              | The suspect was arrested by Cpl. John Smith.            | John Smith   | false
            Senators passed a bill on statues. How much will the bill cost?                     | The bill by Rep. Laura Hall costs $5 million.           | $5 million   | false
            """)
    void aNameAfterByIsTheMakerOfTheThingAskedAbout(String question, String sentence, String name, boolean made) {
        QuestionTerms terms = EvenGenerators.englishTerms();
        NewlyAsked asked = NewlyAsked.of(
                question, QuestionForm.of(question), terms, terms.termsOf(question), q -> new float[] {1, 0}, 0.6);
        int start = sentence.indexOf(name);
        assertEquals(made, asked.madeBy(sentence, Phrase.of(sentence, start, start + name.length())));
    }

    /** Each row: an asking sentence, the head nouns of the phrases an article or a possessive opens in it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which state representative sponsored the bill?          | bill
            Which judge issued the 35-page ruling on Tuesday?        | ruling
            Who wrote its report and the final bill?                 | report;bill
            Who was arrested?                                        | ''
            Which company owns the Hartford Courant?                 | ''
            """)
    void theHeadNounsOfTheQuestionsPhrasesAreTheThingsMade(String asking, String heads) {
        assertEquals(words(heads), NewlyAsked.headNouns(asking));
    }

    /** A question asked on its own newly asks nothing: any sentence may carry its relation. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who scored the winning goal in the Women's World Cup final?
            How much did the trust pay for the corridor?
            """)
    void aQuestionOnItsOwnNewlyAsksNothing(String question) {
        QuestionTerms terms = EvenGenerators.englishTerms();
        NewlyAsked asked = NewlyAsked.of(
                question, QuestionForm.of(question), terms, terms.termsOf(question), q -> new float[] {1, 0}, 0.6);
        assertEquals(Set.of(), asked.terms());
        assertEquals(null, asked.askingVector());
    }
}
