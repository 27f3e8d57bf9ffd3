package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskedForTest {
    /** The names of what the question asks for: each facet that holds, and each value it gives. */
    private static String facets(String question) throws ReflectiveOperationException {
        AskedFor asked = AskedFor.of(question, QuestionForm.of(question));
        List<String> held = new ArrayList<>();
        for (RecordComponent component : AskedFor.class.getRecordComponents()) {
            Object value = component.getAccessor().invoke(asked);
            if (Boolean.TRUE.equals(value)
                    || value instanceof Optional<?> o && o.isPresent()
                    || value instanceof String s && !s.isEmpty()
                    || value instanceof CountedThings) {
                held.add(value instanceof String s ? component.getName() + "=" + s : component.getName());
            }
        }
        return String.join(" ", held);
    }

    /** Each row: a question, what it asks for beyond its answer type (refused kinds left out). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who beat Luke Littler in the final?                     | forWinner forAwardee forPerson forActor
            Which film won best picture?                            | forWinner forAwardee forWork
            Who lost to Luke Humphries?                             | forLoser forPerson forActor
            What was the price before the increase?                 | earlierValue whatHappened
            How many people died in the storm?                      | counted
            Which captain led the team?                             | forOnePerson forPerson forActor role=captain
            Which team won the Super Bowl?                          | forWinner forAwardee forTeam
            Which film's director spoke?                            | forWork whose whoSpoke
            Which company owns the center?                          | forBusiness
            Which town was hit by the tornado?                      | whatHappened forSettlement forPlace
            Where did the plane land?                               | whatHappened forPlace
            Near which town did the plane crash?                    | whatHappened forSettlement forPlace near
            Which county declared an emergency?                     | forPlace forDivision
            How long did the trial last?                            | whatHappened dimension
            How many of her grandchildren lost their titles?        | countOf counted
            On what date will the store open?                       | forDay
            Who is the building named after?                        | namesake forPerson forActor
            In what year was the bridge built?                      | whatHappened forYear
            Which birth year will the authorities choose?           | forYear
            What time does the parade start?                        | forClockTime
            Whom did Macron appoint as prime minister?              | whatHappened forOnePerson forPerson role=minister
            Who announced the recall?                               | forPerson forActor whoSpoke whenReported
            Which son took over the company?                        | forOnePerson forPerson forActor tie role=son
            When did the company announce the layoffs?              | whatHappened whenReported
            How many people does the company employ worldwide?      | counted worldwide
            Which federal judge sentenced him?                      | forOnePerson forPerson forActor role=judge
            What language do they speak?                            | forPeoplesName
            Which city hosts the summit?                            | forSettlement forPlace forCity
            Who was nominated for best actor?                       | whatHappened forPerson forActor
            How old is Sununu?                                      | forAge
            Which Mexican state was hit?                            | whatHappened forPlace country=mexico
            When did the state lift its mask mandate?               | whatHappened
            When was the change first stated?                       | whatHappened whoSpoke whenReported
            """)
    void aQuestionAsksForWhatItsWordsSay(String question, String expected) throws ReflectiveOperationException {
        assertEquals(expected, facets(question));
    }
}
