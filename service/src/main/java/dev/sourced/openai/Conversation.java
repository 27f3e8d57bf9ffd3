package dev.sourced.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourced.answer.InvalidQuestionException;
import dev.sourced.answer.Question;
import dev.sourced.conversation.Turns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a chat's messages ask: the last message, a user's, is the question; the user and assistant turns before it
 * are the conversation it may follow up, each user question resolved against the one before ({@link Turns}), so
 * that a chain of follow-ups keeps its subject. System and developer messages are instructions for a language model;
 * Sourced answers from its articles alone, so they are read (checked) but not followed.
 */
final class Conversation {
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");

    /** The last message as sent (normalised) and the question it asks, standing on its own. */
    record Asked(String message, Question question) {
        boolean rewritten() {
            return !message.equals(question.text());
        }
    }

    private Conversation() {}

    /**
     * @throws OpenAiRejection 400 for a message without a known role or with content other than text, and when the last
     *     message is not a user's
     * @throws InvalidQuestionException when the last message is no question (blank, too long)
     */
    static Asked of(List<ChatRequest.Message> messages) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            texts.add(text(messages.get(i), i));
        }
        int last = messages.size() - 1;
        if (!messages.get(last).role().equals("user")) {
            throw OpenAiRejection.invalid(
                    "messages",
                    "the last message must be the user's question, not a '"
                            + messages.get(last).role() + "' message");
        }
        List<Turns.Turn> earlier = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            switch (messages.get(i).role()) {
                case "user" -> earlier.add(Turns.Turn.asked(texts.get(i)));
                case "assistant" -> earlier.add(Turns.Turn.answered(Reply.answerOf(texts.get(i))));
                default -> {}
            }
        }
        Question message = new Question(texts.get(last));
        Question standalone = new Question(
                Turns.standalone(earlier, message.text(), t -> question(t).map(Question::text)), earlier);
        return new Asked(message.text(), standalone);
    }

    /** A question, or none when the text holds none or is too long (a long earlier turn, resolved). */
    private static Optional<Question> question(String text) {
        try {
            return Optional.of(new Question(text));
        } catch (InvalidQuestionException e) {
            return Optional.empty();
        }
    }

    private static String text(ChatRequest.Message message, int i) {
        String at = "messages[" + i + "]";
        if (message == null) {
            throw OpenAiRejection.invalid(at, at + " must be a message object");
        }
        if (message.role() == null || !ROLES.contains(message.role())) {
            throw OpenAiRejection.invalid(
                    at + ".role", at + ".role must be one of system, developer, user, assistant, tool");
        }
        JsonNode content = message.content();
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.textValue();
        }
        if (!content.isArray()) {
            throw OpenAiRejection.invalid(at + ".content", at + ".content must be a string or an array of text parts");
        }
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < content.size(); j++) {
            JsonNode part = content.get(j);
            String type = part.path("type").asText("");
            if (!type.equals("text") || !part.path("text").isTextual()) {
                throw OpenAiRejection.invalid(
                        at + ".content",
                        at + ".content[" + j
                                + "] is not a text part: only {\"type\": \"text\", \"text\": \"...\"} parts"
                                + " are read");
            }
            parts.add(part.get("text").textValue());
        }
        return String.join("\n", parts);
    }
}
