package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OverviewQuestionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "What is China's position on Russia's attack on Ukraine? | POSITION | China | Russia's attack on Ukraine | false",
                "What is the stance of the European Union on tariffs? | POSITION | European Union | tariffs | false",
                "What was the South Korean government's reaction to the attack? | POSITION | South Korean | the attack | false",
                "What was the reaction to the ruling? | RESPONSE | | the ruling | false",
                "How did South Korea respond to Russia's attack on Ukraine? | RESPONSE | South Korea | to Russia's attack on Ukraine | false",
                "How has TikTok responded to efforts to ban the app? | RESPONSE | TikTok | to efforts to ban the app | false",
                "How did Texas Gov. Greg Abbott and other Texas officials respond to the ruling? | RESPONSE | Greg Abbott;Texas | to the ruling | false",
                "Why is China reluctant to condemn Russia? | REASONS | China | is China reluctant to condemn Russia | false",
                "Why did the talks fail? | REASONS | | did the talks fail | false",
                "What are the reasons for Rite Aid's bankruptcy? | REASONS | Rite Aid | Rite Aid's bankruptcy | false",
                "What led to the Southwest meltdown? | REASONS | Southwest | the Southwest meltdown | false",
                "What happened in Peru after Castillo tried to dissolve Congress? | EVENTS | | in Peru after Castillo tried to dissolve Congress | false",
                "Summarize the Boeing door plug investigation | EVENTS | | the Boeing door plug investigation | false",
                "What did Xi Jinping and Putin discuss about Ukraine? | STATEMENTS | Xi Jinping;Putin | Ukraine | true",
                "What did Antony Blinken discuss with Wang Yi? | STATEMENTS | Antony Blinken;Wang Yi | | true",
                "What did Xi Jinping and Putin say about NATO? | STATEMENTS | Xi Jinping;Putin | NATO | false",
                "What did US Anti-Doping Agency chief Travis Tygart say about the Valieva case? | STATEMENTS | Travis Tygart | the Valieva case | false",
                "What did the February 4 joint statement between China and Russia say about NATO? | STATEMENTS | joint statement | NATO | false",
                "What did senators say to the CEOs? | STATEMENTS | senators | to the CEOs | false",
                "What did the president of France say about the war? | STATEMENTS | France | the war | false",
                "What did senators say to the CEOs at the hearing on online safety? | STATEMENTS | senators | to the CEOs at the hearing online safety | false",
            })
    void readsTheKindTheSubjectAndTheFocus(
            String question, OverviewQuestion.Kind kind, String subjects, String focus, boolean jointly) {
        OverviewQuestion overview = OverviewQuestion.of(question).orElseThrow();
        assertEquals(kind, overview.kind());
        assertEquals(
                subjects == null ? List.of() : Arrays.asList(subjects.split(";")), overview.subjects(), "subjects");
        assertEquals(focus == null ? "" : focus, overview.focus(), "focus");
        assertEquals(jointly, overview.jointly(), "jointly");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Who won the 2019 Nobel Prize in Literature?",
                "How many South Koreans were in the region?",
                "How much did the fine cost?",
                "What did China's Foreign Ministry spokeswoman Hua Chunying call on all parties to do?",
                "What did Putin say NATO and the United States had long neglected?",
                "What did Putin warn countries that tried to interfere with the Russian operation?",
                "Which airline's door panel blew out?",
                "When did Rite Aid file for bankruptcy?",
                "What is the capital of France?",
                "How old is Joe Biden?",
            })
    void aQuestionForOneFactIsNoOverview(String question) {
        assertTrue(OverviewQuestion.of(question).isEmpty(), question);
    }
}
