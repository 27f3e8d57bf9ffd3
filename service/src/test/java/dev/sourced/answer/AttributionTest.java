package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionTest {
    private static final String ARTICLE = "Chinese Foreign Minister Wang Yi held talks with Sergey Lavrov."
            + " China's President Xi Jinping spoke with Putin. Antony Blinken met him."
            + " Wang Wenbin, a spokesperson for the Chinese Foreign Ministry, spoke too."
            + " South Korea's Foreign Ministry spokesman Choi Young Sam told reporters."
            + " In South Korea on Thursday, President Moon Jae In promised sanctions.";

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "China | China refrained from calling it an invasion. | true",
                "China | The Chinese embassy issued an alert. | true",
                "South Korea | South Korean officials met on Thursday. | true",
                "South Korea | North Korea fired a missile. | false",
                "Korea | North Korea fired a missile. | false",
                "Xi Jinping | Xi stated that dialogue was needed. | true",
                "Xi Jinping | President Xi stated that dialogue was needed. | true",
                "Antony Blinken | Blinken spoke with his counterpart. | true",
                "Putin | The statement said nothing about Ukraine. | false",
                "Putin | Xi spoke with Russian President Vladimir Putin on Friday. | true",
                "Mexico | New Mexico sued the federal government. | false",
                "joint statement | The February 4 joint statement did not mention Ukraine. | true",
            })
    void namesASubjectInFullAsItsDemonymOrByAWordTheArticleGivesInFull(String subject, String text, boolean named) {
        assertEquals(named, Attribution.names(subject, text, ARTICLE) >= 0);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // The subject before a reporting verb speaks; after it, or as the owner of something else, it does not.
                "China | China on Thursday refrained from describing the attack as an invasion. | | SPEAKER",
                "China | Kuleba stated that his government is paying attention to China's concerns. | | MENTIONED",
                "Putin | Asked whether Putin's move violated sovereignty, she said it was complex. | | MENTIONED",
                "China | China's envoy to the United Nations called for restraint. | | SPEAKER",
                "South Korea | It must be guaranteed,\" Park said, quoting South Korea's president as saying. | | SPEAKER",
                "China | Meanwhile, according to China's Ministry of Foreign Affairs, the minister was concerned. | | SPEAKER",
                "China | The situation in the United States worsened, according to reports. | | NONE",
                // A pronoun continues the statement of the sentence before it.
                "China | She added the issues should be resolved through dialogue. | China said it hopes for peace. | SPEAKER",
                "China | She added the issues should be resolved through dialogue. | The weather was fine. | NONE",
                // A sentence that does not refer back is not about who the sentence before it names.
                "China | The weather in Kyiv stayed cold all week. | China refrained from calling it an invasion. | NONE",
                // Inside a quotation opened before, the opener says who speaks.
                "China | We also call on all parties to exercise restraint.\" | China said, \"We hope for peace. | SPEAKER",
                "South Korea | We also call on all parties to exercise restraint.\" | Hua told reporters, \"We hope for peace. | NONE",
            })
    void tellsWhetherTheSubjectSpeaks(String subject, String sentence, String previous, Attribution.Role role) {
        List<String> before = previous == null ? List.of() : List.of(previous);
        assertEquals(role, Attribution.role(List.of(subject), sentence, before, "", ARTICLE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "China | China;Wang Yi;Xi Jinping;Wang Wenbin",
                "South Korea | South Korea;Choi Young Sam;Moon Jae In",
                "Russia | Russia",
            })
    void findsThePeopleAnArticleSaysSpeakForASubject(String subject, String speakers) {
        assertEquals(Arrays.asList(speakers.split(";")), Attribution.withSpokespeople(List.of(subject), ARTICLE));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "During the call with Putin, Xi stated that it was critical to abandon the Cold War mentality. | | true",
                "He also told Xi that Russia was ready to hold talks. | Putin explained why Russia launched it. | true",
                "Xi stated that China supports negotiation. | The weather was fine. | false",
            })
    void aJointStatementNamesEverySubjectAroundIt(String sentence, String previous, boolean between) {
        List<String> before = previous == null ? List.of() : List.of(previous);
        assertEquals(between, Attribution.namesAll(List.of("Xi Jinping", "Putin"), sentence, before, ARTICLE));
    }
}
