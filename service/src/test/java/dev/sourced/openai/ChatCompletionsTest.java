package dev.sourced.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.models.Model;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.sourced.testing.IndexReady;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sourced as an OpenAI model, asked by clients written by others: the official OpenAI Java SDK and LangChain4j's
 * OpenAI chat models, pointed at the test application, streaming and not. Each receives the answer with its markers
 * and sources in the content, and the citations in the response's extra field.
 */
@QuarkusTest
class ChatCompletionsTest {
    static final String QUESTION = "Who is China's ambassador to the United Nations?";
    private static final String ARTICLE = "001_cac66bdd6cab3789";
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> CITATIONS = new TypeReference<>() {};

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    private String v1() {
        return "http://127.0.0.1:" + root.getPort() + "/v1";
    }

    private OpenAIClient sdk() {
        return OpenAIOkHttpClient.builder()
                .baseUrl(v1())
                .apiKey("unused")
                .maxRetries(0)
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private static ChatCompletionCreateParams.Builder asking(String question) {
        return ChatCompletionCreateParams.builder().model("sourced-extractive").addUserMessage(question);
    }

    @Test
    void theOpenAiSdkGetsTheCitedAnswerItsSourcesAndTheCitations() {
        ChatCompletion completion =
                sdk().chat().completions().create(asking(QUESTION).build());

        assertTrue(completion.id().startsWith("chatcmpl-"), completion.id());
        assertEquals("sourced-extractive", completion.model());
        ChatCompletion.Choice choice = completion.choices().getFirst();
        assertEquals(ChatCompletion.Choice.FinishReason.STOP, choice.finishReason());
        assertFalse(choice._additionalProperties().containsKey("delta"), "a whole reply's choice has no delta");
        String content = choice.message().content().orElseThrow();
        List<Map<String, Object>> citations =
                completion._additionalProperties().get("citations").convert(CITATIONS);
        assertAnswered(content, citations);
        assertEquals(0, completion.usage().orElseThrow().totalTokens(), "Sourced counts no tokens");
    }

    @Test
    void theOpenAiSdkStreamsTheSameReplyTheCitationsOnTheLastChunk() {
        String whole = sdk().chat()
                .completions()
                .create(asking(QUESTION).build())
                .choices()
                .getFirst()
                .message()
                .content()
                .orElseThrow();
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream =
                sdk().chat().completions().createStreaming(asking(QUESTION).build())) {
            stream.stream().forEach(chunks::add);
        }

        ChatCompletionChunk first = chunks.getFirst();
        assertEquals(
                ChatCompletionChunk.Choice.Delta.Role.ASSISTANT,
                first.choices().getFirst().delta().role().orElseThrow());
        StringBuilder content = new StringBuilder();
        chunks.forEach(c -> c.choices().getFirst().delta().content().ifPresent(content::append));
        assertEquals(whole, content.toString(), "a stream sends what a reply says");
        ChatCompletionChunk last = chunks.getLast();
        assertEquals(
                ChatCompletionChunk.Choice.FinishReason.STOP,
                last.choices().getFirst().finishReason().orElseThrow());
        assertTrue(chunks.stream().allMatch(c -> c.id().equals(first.id())), "one id for the whole stream");
        assertTrue(
                chunks.subList(0, chunks.size() - 1).stream()
                        .noneMatch(c -> c._additionalProperties().containsKey("citations")),
                "only the last chunk carries the citations");
        assertAnswered(
                content.toString(),
                last._additionalProperties().get("citations").convert(CITATIONS));
    }

    @Test
    void langChain4jsChatModelGetsTheCitedAnswer() throws Exception {
        OpenAiChatModel model = OpenAiChatModel.builder()
                .baseUrl(v1())
                .apiKey("unused")
                .modelName("sourced-extractive")
                .maxRetries(0)
                .build();

        ChatResponse response = model.chat(UserMessage.from(QUESTION));

        assertEquals("sourced-extractive", response.modelName());
        String body = ((OpenAiChatResponseMetadata) response.metadata())
                .rawHttpResponse()
                .body();
        JsonNode citations = JSON.readTree(body).get("citations");
        assertAnswered(response.aiMessage().text(), JSON.convertValue(citations, CITATIONS));
    }

    @Test
    void langChain4jsStreamingChatModelGetsTheCitedAnswer() throws Exception {
        OpenAiStreamingChatModel model = OpenAiStreamingChatModel.builder()
                .baseUrl(v1())
                .apiKey("unused")
                .modelName("sourced-extractive")
                .build();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        StringBuilder partial = new StringBuilder();

        model.chat(QUESTION, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String text) {
                partial.append(text);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response = done.get(30, TimeUnit.SECONDS);

        assertEquals(partial.toString(), response.aiMessage().text());
        List<ServerSentEvent> events = ((OpenAiChatResponseMetadata) response.metadata()).rawServerSentEvents();
        assertNotNull(events);
        JsonNode last = events.stream()
                .map(ServerSentEvent::data)
                .filter(d -> d.contains("\"citations\""))
                .map(ChatCompletionsTest::json)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event carries the citations: " + events));
        assertEquals("stop", last.at("/choices/0/finish_reason").asText());
        for (ServerSentEvent event : events) {
            if (!event.data().equals("[DONE]")) {
                JsonNode chunk = json(event.data());
                assertFalse(chunk.has("usage"), "a chunk counts no usage: " + event.data());
                assertTrue(chunk.at("/choices/0").has("delta"), event.data());
                assertFalse(chunk.at("/choices/0").has("message"), event.data());
                assertTrue(chunk.at("/choices/0/logprobs").isNull(), "written, as null: " + event.data());
            }
        }
        assertAnswered(response.aiMessage().text(), JSON.convertValue(last.get("citations"), CITATIONS));
    }

    @Test
    void aFollowUpIsAnsweredAsTheQuestionItStandsForWhichTheReplyShows() {
        String asked = "Who is the spokesman of South Korea's Foreign Ministry?";
        String first = sdk().chat()
                .completions()
                .create(asking(asked).build())
                .choices()
                .getFirst()
                .message()
                .content()
                .orElseThrow();
        assertTrue(first.contains("Choi Young Sam"), first);

        ChatCompletion followUp = sdk().chat()
                .completions()
                .create(asking(asked)
                        .addSystemMessage("You are a helpful assistant.")
                        .addAssistantMessage(first)
                        .addUserMessage("what did he say?")
                        .build());

        String content = followUp.choices().getFirst().message().content().orElseThrow();
        assertTrue(content.startsWith("Answering: What did Choi Young Sam say?\n\n"), content);
        assertTrue(content.contains("sanctions"), content);
        List<Map<String, Object>> citations =
                followUp._additionalProperties().get("citations").convert(CITATIONS);
        assertTrue(citations.stream().allMatch(c -> ((String) c.get("text")).contains("Choi")), citations::toString);
    }

    @Test
    void theModelsAreTheGeneratorsAndAnUnknownOneIsNotFound() {
        List<String> ids = sdk().models().list().data().stream().map(Model::id).toList();
        assertEquals(List.of("sourced-extractive"), ids, "no language model is configured here");
        assertEquals(
                "sourced-extractive",
                sdk().models().retrieve("sourced-extractive").id());

        NotFoundException unknown = assertThrows(
                NotFoundException.class,
                () -> sdk().chat()
                        .completions()
                        .create(ChatCompletionCreateParams.builder()
                                .model("gpt-4o")
                                .addUserMessage(QUESTION)
                                .build()));
        assertEquals("model_not_found", unknown.code().orElseThrow());
        assertEquals("model", unknown.param().orElseThrow());
        assertEquals("invalid_request_error", unknown.type().orElseThrow());
        assertThrows(NotFoundException.class, () -> sdk().models().retrieve("sourced-llm"));
    }

    /**
     * The answer names the ambassador and marks its citations; each marker has a citation and each citation a line in
     * the sources, linked to its passage in the reader, absolute under the address the client called.
     */
    static void assertAnswered(String content, List<Map<String, Object>> citations) {
        assertTrue(content.contains("Zhang Jun"), content);
        assertFalse(citations.isEmpty(), content);
        assertTrue(citations.stream().anyMatch(c -> ARTICLE.equals(c.get("source"))), citations::toString);
        String answer = content.substring(0, content.indexOf("\n\nSources:\n"));
        Matcher marker = MARKER.matcher(answer);
        int markers = 0;
        while (marker.find()) {
            int n = Integer.parseInt(marker.group(1));
            assertTrue(n >= 1 && n <= citations.size(), content);
            markers++;
        }
        assertTrue(markers > 0, "the answer marks its citations: " + content);
        for (Map<String, Object> c : citations) {
            String url = (String) c.get("url");
            assertTrue(url.startsWith("/articles/" + c.get("source") + "?hl="), url);
            Pattern line = Pattern.compile(
                    "\n- \\[" + c.get("n") + "] .+: http://127\\.0\\.0\\.1:\\d+" + Pattern.quote(url) + "(\n|$)");
            assertTrue(line.matcher(content).find(), "each citation is listed with its link: " + content);
            assertTrue(((String) c.get("text")).length() > 10, c::toString);
        }
    }

    private static JsonNode json(String data) {
        try {
            return JSON.readTree(data);
        } catch (Exception e) {
            throw new AssertionError(data, e);
        }
    }
}
