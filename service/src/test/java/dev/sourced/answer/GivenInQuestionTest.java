package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GivenInQuestionTest {
    private static GivenInQuestion of(String question) {
        return new GivenInQuestion(question, QuestionForm.of(question));
    }

    /** Each row: a question, a name of the evidence, whether the question already gives it. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who beat Luke Littler in the final?                              | Luke Littler               | true
            Who beat Luke Littler in the final?                              | Luke Humphries             | false
            Who met Trevor Reed in Moscow?                                   | American Trevor Reed       | true
            Who runs the PDC?                                                | Professional Darts Corporation | true
            Who searched for Bruno Pereira?                                  | Bruno Araújo Pereira       | true
            Who passed President Trump's greeting to Kim?                    | President Donald Trump     | true
            Ryan Carty's Blue Hens won. Who coached the team?                | QB Carty's                 | true
            Which department is investigating Boeing?                        | Justice Department         | false
            A painting hangs beside Johns and Warhol. Who painted it?        | Jasper Johns               | true
            A painting hangs beside Johns and Warhol. Who painted it?        | Jaune Smith                | false
            A painting hangs beside Johns. Who is the artist's wife?         | Jane Johns                 | false
            A painting hangs beside Johns. Who is the artist's agent?        | Jane Johns                 | true
            Serena Williams lost. Who beat Williams in the final?            | Venus Williams             | false
            Fans say Messi is moving to Miami. Which club did he join?       | Inter Miami                | false
            Which Destin-based company won the contract?                     | Destin                     | true
            Where was the sample taken in St. Petersburg tested?             | Saint Petersburg           | true
            Which team did Saint Mary's beat?                                | St. Mary's                 | true
            Which team did Saint Mary's beat?                                | St. John's                 | false
            Who climbed Mt. Everest first?                                   | Mount Everest              | true
            She made the Girls Swimmer of the Year list. Who is she?         | USA TODAY HSSA Girls Swimmer | true
            She made the Girls Swimmer of the Year list. Who is she?         | Rachel Bockrath            | false
            Which Van Halen brother died in 2020?                            | Eddie Van Halen            | false
            Who is Van Halen's son?                                          | Wolfgang Van Halen         | false
            Who built Fort Sumter?                                           | Ft. Sumter                 | true
            """)
    void aNameTheQuestionAlreadyGivesIsNoAnswer(String question, String name, boolean given) {
        assertEquals(given, of(question).givesName(Phrase.of(name, 0, name.length())));
    }

    /** Each row: a question, a sentence, a name in it, the name without the words the question gives before it. */
    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Which UN Secretary General spoke?       | UN Secretary General António Guterres spoke.    | UN Secretary General António Guterres | António Guterres
            Who is Boeing's chief executive?        | Boeing CEO Dave Calhoun spoke.                  | CEO Dave Calhoun                      | Dave Calhoun
            Who beat Luke Littler?                  | Luke Humphries won.                             | Luke Humphries                        | Luke Humphries
            Which university did she attend?        | She attended the University of Grenoble Alpes.  | University of Grenoble Alpes          | Grenoble Alpes
            Who won his first home game?            | He won the First State Cup.                     | First State Cup                       | First State Cup
            How many Mercy General workers died?    | Officials at Mercy General Hospital said so.    | Mercy General Hospital                | Mercy General Hospital
            Which Mercy General hospital treated him? | He was taken to Mercy General Hospital.       | Mercy General Hospital                | General Hospital
            """)
    void theWordsTheQuestionGivesBeforeANameAreCut(String question, String sentence, String name, String cut) {
        int start = sentence.indexOf(name);
        Phrase span = Phrase.of(sentence, start, start + name.length());
        assertEquals(cut, of(question).withoutGivenWords(sentence, span).text());
    }

    /** Each row: a question, a word, whether the question says it or names the asked kind with it. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Which airline's door panel blew out?    | airlines | true
            Which airline's door panel blew out?    | panels   | true
            Which airline's door panel blew out?    | window   | false
            Which Destin-based company won?         | Destin   | true
            Who is in the US Africa Command?        | us       | true
            """)
    void aWordIsGivenWhenTheQuestionSaysIt(String question, String word, boolean given) {
        assertEquals(given, of(question).gives(word));
    }
}
