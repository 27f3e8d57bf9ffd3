package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.corpus.Span;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.Search;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evidence checks shared by both generators: what the language model is given, and when it is not asked. */
class ConstrainedPassagesTest {
    private static final String NOBEL_2018 = "The Nobel Prize in Literature 2018 was awarded to Olga Tokarczuk.";
    private static final String NOBEL_2019 = "The 2019 Nobel Prize in Literature was awarded to Peter Handke.";
    private static final String QUESTION = "Who won the 2019 Nobel Prize in Literature?";

    @Test
    void onlyPassagesThatMeetTheQuestionAreKept() {
        Search.Result evidence = evidence(QUESTION, hit("old", NOBEL_2018), hit("new", NOBEL_2019));
        assertEquals(
                List.of("new"),
                ConstrainedPassages.of(evidence).stream().map(Hit::articleId).toList());
    }

    @Test
    void theLanguageModelIsGivenOnlyThosePassagesAndItsMarkersCountInThem() {
        RecordingChat chat = new RecordingChat("Peter Handke won it [1].");
        Answer answer = llm(chat).generate(evidence(QUESTION, hit("old", NOBEL_2018), hit("new", NOBEL_2019)));
        String prompt = chat.userMessages.getFirst();
        assertFalse(prompt.contains("Tokarczuk"), prompt);
        assertTrue(prompt.contains("Peter Handke"), prompt);
        assertEquals("llm", answer.generator());
        assertEquals("new", answer.citations().getFirst().source(), "[1] is the first passage the model was given");
    }

    @Test
    void withNoPassageMeetingTheQuestionTheModelIsNotAskedAndTheAnswerAbstains() {
        RecordingChat chat = new RecordingChat("Olga Tokarczuk won it [1].");
        Answer answer = llm(chat).generate(evidence(QUESTION, hit("old", NOBEL_2018)));
        assertEquals(0, chat.userMessages.size());
        assertFalse(answer.answered());
    }

    @Test
    void whenTheSourcesDisagreeTheModelIsNotAskedAndTheDisclosureIsTheAnswer() {
        RecordingChat chat = new RecordingChat("Peter Handke won it [1].");
        Answer answer = llm(chat)
                .generate(evidence(
                        "How many South Koreans were in the region on Thursday?",
                        hit("first", "On Thursday, 64 South Koreans were in the region."),
                        hit("second", "On Thursday, 71 South Koreans were in the region.")));
        assertEquals(0, chat.userMessages.size());
        assertTrue(answer.conflict(), answer.text());
        assertEquals("disagreement", answer.fallbackReason());
        assertTrue(answer.text().startsWith("The sources disagree."), answer.text());
    }

    @Test
    void anOverviewIsWrittenFromTheChosenSentencesAsLongAsTheDetailAsks() {
        RecordingChat chat = new RecordingChat("China urged restraint [1].");
        Answer answer = llm(chat)
                .generate(
                        evidence(
                                "What is China's position on the war in Ukraine?",
                                hit("a", "China urged all parties in the Ukraine war to exercise restraint."),
                                hit("b", "The weather in Kyiv stayed cold and grey all through the week.")),
                        Detail.BRIEF);
        String prompt = chat.userMessages.getFirst();
        assertTrue(prompt.contains("China urged all parties"), prompt);
        assertFalse(prompt.contains("weather"), "only the chosen sentences are sources");
        assertTrue(chat.systemMessages.getFirst().contains("at most 3 sentences"), chat.systemMessages.getFirst());
        assertEquals(
                "China urged all parties in the Ukraine war to exercise restraint.",
                answer.citations().getFirst().text());
    }

    private static LlmAnswerGenerator llm(ChatModel chat) {
        ExtractiveAnswerGenerator extractive = EvenGenerators.extractive();
        return new LlmAnswerGenerator(chat, null, extractive, Duration.ofSeconds(5));
    }

    private static Search.Result evidence(String question, Hit... hits) {
        return new Search.Result(question, unit(), List.of(hits), LocalDate.of(2019, 12, 1), Map.of());
    }

    private static Hit hit(String articleId, String text) {
        List<Span> sentences = new SentenceSplitter().split(text, 0, text.length());
        return new Hit(
                new Chunk(articleId + "#0", articleId, 0, text.length(), text, sentences),
                "Nobel",
                null,
                1.0,
                List.of("bm25"),
                sentences.stream().map(s -> unit()).toList());
    }

    private static float[] unit() {
        return new float[] {1, 0, 0, 0};
    }

    /** A chat model that records the user messages it is sent and replies with one text. */
    private static final class RecordingChat implements ChatModel {
        private final String reply;
        private final List<String> userMessages = new ArrayList<>();
        private final List<String> systemMessages = new ArrayList<>();

        RecordingChat(String reply) {
            this.reply = reply;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            request.messages().stream()
                    .filter(m -> m instanceof UserMessage)
                    .forEach(m -> userMessages.add(((UserMessage) m).singleText()));
            request.messages().stream()
                    .filter(m -> m instanceof SystemMessage)
                    .forEach(m -> systemMessages.add(((SystemMessage) m).text()));
            return ChatResponse.builder().aiMessage(AiMessage.from(reply)).build();
        }
    }
}
