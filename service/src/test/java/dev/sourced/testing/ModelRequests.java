package dev.sourced.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** What a chat request the model stub received says: its messages, read back from the JSON body. */
public final class ModelRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelRequests() {}

    /**
     * Asserts that {@code body} sends the model a follow-up after one earlier turn (system, user, assistant, user)
     * with that turn's question and answer as the user's and the assistant's messages, and returns the messages.
     */
    public static JsonNode followUpAfter(String body, String earlierQuestion, String earlierAnswer)
            throws JsonProcessingException {
        JsonNode messages = JSON.readTree(body).path("messages");
        List<String> roles = new ArrayList<>();
        messages.forEach(m -> roles.add(m.path("role").asText()));
        assertEquals(List.of("system", "user", "assistant", "user"), roles, messages.toString());
        assertEquals(earlierQuestion, messages.get(1).path("content").asText());
        assertEquals(earlierAnswer, messages.get(2).path("content").asText(), "the earlier answer, markers dropped");
        return messages;
    }
}
