package dev.sourced.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FollowUpTest {
    private static final String AMBASSADOR = "Who is China's ambassador to the United Nations?";
    private static final String ZHANG = "Zhang Jun. — “China's ambassador to the United Nations Zhang Jun said on"
            + " Friday that the parties should exercise restraint.” [1]";
    private static final String RESPONSE = "How did South Korea respond to Russia's attack on Ukraine?";
    private static final String SPOKESWOMAN = "Who is the spokeswoman of China's Foreign Ministry?";

    static Stream<Arguments> turns() {
        return Stream.of(
                // A question that depends on nothing before it is kept as it is.
                Arguments.of(
                        AMBASSADOR,
                        ZHANG,
                        "How many South Koreans were in the region as of Thursday?",
                        "How many South Koreans were in the region as of Thursday?"),
                Arguments.of(null, null, "  and in 2021?  ", "and in 2021?"),
                Arguments.of(AMBASSADOR, ZHANG, "Did Putin say he would attend?", "Did Putin say he would attend?"),
                Arguments.of(
                        AMBASSADOR,
                        ZHANG,
                        "Is it true that China abstained in the vote?",
                        "Is it true that China abstained in the vote?"),
                // A fragment: the previous question with the new period, the new name, or both.
                Arguments.of(
                        "How many Chinese students is China evacuating from Ukraine?",
                        "",
                        "and in 2021?",
                        "How many Chinese students is China evacuating from Ukraine in 2021?"),
                Arguments.of(
                        "What did China say about NATO in 2022?",
                        "",
                        "And 2021?",
                        "What did China say about NATO in 2021?"),
                Arguments.of(
                        "What did Putin say in March 2022?",
                        "",
                        "what about in April 2022?",
                        "What did Putin say in April 2022?"),
                Arguments.of("What happened last week?", "", "and this week?", "What happened this week?"),
                Arguments.of(
                        AMBASSADOR, ZHANG, "What about Russia?", "Who is Russia's ambassador to the United Nations?"),
                Arguments.of(AMBASSADOR, ZHANG, "And Russia's?", "Who is Russia's ambassador to the United Nations?"),
                Arguments.of(
                        "What did the United States say about the sanctions?",
                        "",
                        "And Japan?",
                        "What did Japan say about the sanctions?"),
                Arguments.of(
                        "What did Japan say about the sanctions?",
                        "",
                        "same for the United States",
                        "What did the United States say about the sanctions?"),
                Arguments.of(RESPONSE, "", "South Korea?", RESPONSE),
                Arguments.of(RESPONSE, "", "Japan too?", "How did Japan respond to Russia's attack on Ukraine?"),
                Arguments.of(
                        "How did South Korea respond to the attack?",
                        "",
                        "and Japan in 2021?",
                        "How did Japan respond to the attack in 2021?"),
                // A fragment of another kind, or a name written in lower case: added to the previous question.
                Arguments.of(
                        RESPONSE,
                        "",
                        "What about the economy?",
                        "How did South Korea respond to Russia's attack on Ukraine, regarding the economy?"),
                Arguments.of(
                        AMBASSADOR,
                        ZHANG,
                        "what about russia?",
                        "Who is China's ambassador to the United Nations, regarding russia?"),
                // What was said: the previous answer's quotation.
                Arguments.of(
                        "How many South Koreans were in the region as of Thursday?",
                        "64. — “As of Thursday, a total of 64 South Koreans were in the region.” [1]",
                        "Who said that?",
                        "Who said that as of Thursday, a total of 64 South Koreans were in the region?"),
                Arguments.of(
                        "What did Hua Chunying call on all parties to do?",
                        "Hua Chunying called on all parties to exercise restraint [1].",
                        "when did she say it?",
                        "When did Hua Chunying say that Hua Chunying called on all parties to exercise restraint?"),
                // Pronouns: the person the answer introduced, the names a which-question's answer gave, or the
                // question's own first name.
                Arguments.of(AMBASSADOR, ZHANG, "When did he take office?", "When did Zhang Jun take office?"),
                Arguments.of(
                        AMBASSADOR, ZHANG, "What is his position on NATO?", "What is Zhang Jun's position on NATO?"),
                Arguments.of(
                        SPOKESWOMAN,
                        "Hua Chunying [1].",
                        "What did reporters ask her?",
                        "What did reporters ask Hua Chunying?"),
                Arguments.of(
                        SPOKESWOMAN,
                        "Hua Chunying [1].",
                        "What is her view of the sanctions?",
                        "What is Hua Chunying's view of the sanctions?"),
                Arguments.of(
                        "Which two separatist regions did Russia recognize as independent?",
                        "Donetsk and Luhansk. — “Putin recognized the independence of Donetsk and Luhansk.” [1]",
                        "Where are they?",
                        "Where are Donetsk and Luhansk?"),
                Arguments.of(
                        RESPONSE,
                        "South Korea said it would join sanctions [1].",
                        "Why did they join?",
                        "Why did South Korea join?"),
                // What points back at something unnamed keeps its words, and the previous question goes with it.
                Arguments.of(
                        "What did the joint statement between China and Russia say about NATO?",
                        "",
                        "When was it signed?",
                        "When was it signed? (What did the joint statement between China and Russia say about NATO?)"),
                Arguments.of(
                        RESPONSE,
                        "South Korea said it would join sanctions [1].",
                        "Why did they do that?",
                        "Why did South Korea do that? (" + RESPONSE + ")"),
                Arguments.of(RESPONSE, "", "Why?", "Why? (" + RESPONSE + ")"),
                // A whole question after "and" is not a fragment: the conjunction goes, the question stays.
                Arguments.of(
                        "How many South Koreans were in the region as of Thursday?",
                        "64. [1]",
                        "and what did South Korea say about sanctions?",
                        "What did South Korea say about sanctions?"),
                Arguments.of(
                        AMBASSADOR,
                        ZHANG,
                        "And what about South Korea?",
                        "Who is South Korea's ambassador to the United Nations?"));
    }

    @ParameterizedTest
    @MethodSource("turns")
    void aFollowUpBecomesAQuestionThatStandsOnItsOwn(
            String previousQuestion, String previousAnswer, String message, String standalone) {
        assertEquals(standalone, FollowUp.standalone(previousQuestion, previousAnswer, message));
    }
}
