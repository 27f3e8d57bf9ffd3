package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskedForTest {
    /**
     * What the question asks for, as "name" for each facet that holds and "name=value" for each value it gives (a
     * dimension, the nouns counted, a role, a country); the refused kinds are read in their own table.
     */
    private static String facets(String question) throws ReflectiveOperationException {
        AskedFor asked = AskedFor.of(question, QuestionForm.of(question));
        List<String> held = new ArrayList<>();
        for (RecordComponent component : AskedFor.class.getRecordComponents()) {
            String name = component.getName();
            Object value = component.getAccessor().invoke(asked);
            switch (value) {
                case null -> {}
                case Boolean b when b -> held.add(name);
                case Boolean b -> {}
                case Optional<?> o when o.isEmpty() -> {}
                case Optional<?> o when o.get() instanceof Dimension d -> held.add(name + "=" + d.name());
                case Optional<?> o when o.get() instanceof Pattern -> held.add(name);
                case String text when text.isEmpty() -> {}
                case String text -> held.add(name + "=" + text);
                case CountedThings counted -> held.add(name + "=" + String.join("+", new TreeSet<>(counted.nouns())));
                case Set<?> kinds when name.equals("refusedKinds") -> {}
                default -> fail("no reading of " + name + ": " + value);
            }
        }
        return String.join(" ", held);
    }

    /** Each row: a question, what it asks for beyond its answer type. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who beat Luke Littler in the final?                     | forWinner forAwardee forPerson forActor
            Which film won best picture?                            | forWinner forAwardee forWork
            Who lost to Luke Humphries?                             | forLoser forPerson forActor
            What was the price before the increase?                 | earlierValue whatHappened
            How many people died in the storm?                      | counted=died+people
            Which captain led the team?                             | forOnePerson forPerson forActor role=captain
            Which team won the Super Bowl?                          | forWinner forAwardee forTeam
            Which film's director spoke?                            | forWork whose whoSpoke
            Which company owns the center?                          | forBusiness
            Which town was hit by the tornado?                      | whatHappened forSettlement forPlace
            Where did the plane land?                               | whatHappened forPlace
            Near which town did the plane crash?                    | whatHappened forSettlement forPlace near
            Which county declared an emergency?                     | forPlace forDivision
            How long did the trial last?                            | whatHappened dimension=LENGTH_OR_TIME
            How many of her grandchildren lost their titles?        | countOf counted=of
            On what date will the store open?                       | forDay
            Who is the building named after?                        | namesake forPerson forActor
            In what year was the bridge built?                      | whatHappened forYear
            Which birth year will the authorities choose?           | forYear
            What time does the parade start?                        | forClockTime
            Whom did Macron appoint as prime minister?              | whatHappened forOnePerson forPerson role=minister
            Whom did the police arrest?                             | whatHappened forOnePerson forPerson
            Who announced the recall?                               | forPerson forActor whoSpoke whenReported
            Which son took over the company?                        | forOnePerson forPerson forActor tie role=son
            When did the company announce the layoffs?              | whatHappened whenReported
            How many people does the company employ worldwide?      | counted=people worldwide
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

    /** Each row: a question, the kinds of names that cannot answer it, in the order {@link NameKind} declares them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who beat Luke Littler in the final?     | EVENT PLACE WORK MODEL
            Which comedian announced the tour?      | BODY INITIALS EVENT PLACE TERRITORY WORK MODEL
            Where did the plane land?               | PERSON EVENT WORK MODEL
            How many people died in the storm?      | ''
            """)
    void aQuestionRefusesTheKindsOfNamesItsKindRules(String question, String refused) {
        String kinds = AskedFor.of(question, QuestionForm.of(question)).refusedKinds().stream()
                .sorted()
                .map(Enum::name)
                .collect(java.util.stream.Collectors.joining(" "));
        assertEquals(refused, kinds);
    }
}
