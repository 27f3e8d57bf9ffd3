package dev.sourced.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConversationTest {
    private static final String ANSWERED = "Answering: Who is China's ambassador to the United Nations?\n\n"
            + "Zhang Jun. — “China's Ambassador to the United Nations Zhang Jun said Beijing welcomes efforts.” [1]\n\n"
            + "Sources:\n- [1] JAKARTA - China's envoy …: http://localhost:8080/articles/001?hl=1-2#passage";

    private static ChatRequest.Message message(String role, String content) {
        return new ChatRequest.Message(role, JsonNodeFactory.instance.textNode(content));
    }

    static Stream<Arguments> conversations() {
        return Stream.of(
                Arguments.of(
                        List.of(message("user", "Who is China's ambassador to the United Nations?")),
                        "Who is China's ambassador to the United Nations?"),
                // System messages are no turns; the earlier answer is read without this API's framing.
                Arguments.of(
                        List.of(
                                message("system", "Answer like a pirate."),
                                message("user", "Who is China's ambassador to the United Nations?"),
                                message("assistant", ANSWERED),
                                message("user", "When did he say it?")),
                        "When did Zhang Jun say that China's Ambassador to the United Nations Zhang Jun said Beijing"
                                + " welcomes efforts?"),
                // A chain of follow-ups keeps its subject: each user turn is resolved against the one before.
                Arguments.of(
                        List.of(
                                message("user", "What did China say about NATO in 2022?"),
                                message("assistant", "It opposed its expansion [1]."),
                                message("user", "What about Russia?"),
                                message("assistant", "The articles do not say."),
                                message("user", "and in 2021?")),
                        "What did Russia say about NATO in 2021?"),
                // A turn that stands on its own starts a new subject.
                Arguments.of(
                        List.of(
                                message("user", "What did China say about NATO?"),
                                message("user", "How many South Koreans were in the region as of Thursday?"),
                                message("user", "Who said that?")),
                        "Who said that? (How many South Koreans were in the region as of Thursday?)"));
    }

    @ParameterizedTest
    @MethodSource("conversations")
    void theLastMessageIsAskedAsTheQuestionItStandsFor(List<ChatRequest.Message> messages, String question) {
        Conversation.Asked asked = Conversation.of(messages);
        assertEquals(question, asked.question().text());
        assertEquals(!question.equals(asked.message()), asked.rewritten());
    }

    @org.junit.jupiter.api.Test
    void aReplyIsReadBackAsItsAnswerAlone() {
        assertEquals(
                "Zhang Jun. — “China's Ambassador to the United Nations Zhang Jun said Beijing welcomes efforts.” [1]",
                Reply.answerOf(ANSWERED));
        assertEquals("Plain text.", Reply.answerOf("Plain text."));
        String abstention = "The articles do not say.\n\nNearest passages:\n- [1] T: http://h/a";
        assertEquals("The articles do not say.", Reply.answerOf(abstention));
        assertFalse(Reply.answerOf(ANSWERED).contains("Sources"));
        assertTrue(Reply.answerOf("Answering: no break").startsWith("Answering"));
    }
}
