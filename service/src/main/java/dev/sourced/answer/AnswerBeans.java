package dev.sourced.answer;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.sourced.embedding.Embedder;
import dev.sourced.retrieval.ArticleSentences;
import dev.sourced.retrieval.Search;
import dev.sourced.retrieval.Vocabulary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Wires the answer generators from configuration: extractive always, the LLM one when switched on. */
@ApplicationScoped
public class AnswerBeans {
    /** OpenAI-compatible servers that need no key still want the header to be present. */
    private static final String NO_KEY = "none";

    /** Typed so that it is injectable by its class without competing with the configured {@link AnswerGenerator}. */
    @Produces
    @ApplicationScoped
    @Typed(ExtractiveAnswerGenerator.class)
    ExtractiveAnswerGenerator extractive(
            Vocabulary vocabulary, AnswerConfig config, ArticleSentences articleSentences, Embedder embedder) {
        AnswerConfig.Extractive e = config.extractive();
        return new ExtractiveAnswerGenerator(
                new QuestionTerms(vocabulary),
                new EvidencePolicy(
                        e.cosineWeight(),
                        e.coverageWeight(),
                        e.typeWeight(),
                        e.minContextCoverage(),
                        e.minScore(),
                        e.strongScore(),
                        e.strongMinContextCoverage(),
                        e.companionMargin(),
                        e.companionGain(),
                        e.minAskedCosine()),
                articleSentences,
                embedder::embed);
    }

    @Produces
    @ApplicationScoped
    AnswerGenerator generator(AnswerConfig config, LlmConfig llm, ExtractiveAnswerGenerator extractive) {
        return switch (config.generator().toLowerCase(Locale.ROOT)) {
            case ExtractiveAnswerGenerator.NAME -> extractive;
            case LlmAnswerGenerator.NAME -> llmGenerator(llm, extractive);
            default ->
                throw new IllegalArgumentException(
                        "sourced.answer.generator must be 'extractive' or 'llm', not '" + config.generator() + "'");
        };
    }

    /** The configured generator and the extractive one, for callers that choose by name. */
    @Produces
    @ApplicationScoped
    Generators generators(AnswerGenerator configured, ExtractiveAnswerGenerator extractive) {
        return new Generators(List.of(configured, extractive));
    }

    /** Dates answers about the present, for the service and the evaluation alike. */
    @Produces
    @ApplicationScoped
    AsOfWording asOfWording(AnswerConfig config) {
        return new AsOfWording(config.staleAfter().toDays(), Clock.systemDefaultZone());
    }

    /** Where citations link to: the reader under the public address, or relative to the service without one. */
    @Produces
    @ApplicationScoped
    ReaderLinks readerLinks(PublicUrlConfig config) {
        return config.publicUrl().map(ReaderLinks::under).orElseGet(ReaderLinks::relative);
    }

    @Produces
    @ApplicationScoped
    Asker asker(
            Search search,
            AnswerGenerator generator,
            AsOfWording wording,
            MeterRegistry registry,
            ReaderLinks links,
            AnswerConfig config) {
        return new Asker(search, generator, wording, new AskMetrics(registry), links, config.maxConcurrent());
    }

    private static LlmAnswerGenerator llmGenerator(LlmConfig llm, ExtractiveAnswerGenerator extractive) {
        String key = llm.apiKey().filter(k -> !k.isBlank()).orElse(NO_KEY);
        OpenAiChatModel chat = OpenAiChatModel.builder()
                .baseUrl(llm.baseUrl())
                .apiKey(key)
                .modelName(llm.model())
                .timeout(llm.timeout())
                .maxRetries(0)
                .maxTokens(llm.maxTokens())
                .temperature(llm.temperature())
                .build();
        OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder()
                .baseUrl(llm.baseUrl())
                .apiKey(key)
                .modelName(llm.model())
                .timeout(llm.timeout())
                .maxTokens(llm.maxTokens())
                .temperature(llm.temperature())
                .build();
        return new LlmAnswerGenerator(chat, streaming, extractive, llm.timeout());
    }
}
