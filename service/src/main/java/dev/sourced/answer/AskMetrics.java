package dev.sourced.answer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Answer latency as a histogram, abstentions, and generator fallbacks, for the Prometheus endpoint: counted where
 * answers are made, so every surface (HTTP, stream, Slack, CLI) is. Thread-safe.
 */
public final class AskMetrics {
    private final MeterRegistry registry;
    private final Timer latency;

    public AskMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("sourced.ask")
                .description("time to answer a question")
                .publishPercentileHistogram()
                .register(registry);
    }

    public void record(Answer answer, long nanos) {
        latency.record(nanos, TimeUnit.NANOSECONDS);
        registry.counter(
                        "sourced.ask.answers",
                        "generator",
                        answer.generator(),
                        "answered",
                        String.valueOf(answer.answered()))
                .increment();
        if (answer.removedSentences() != null && answer.removedSentences() > 0) {
            registry.counter("sourced.llm.removed.sentences").increment(answer.removedSentences());
        }
        if (answer.fallbackReason() != null) {
            registry.counter("sourced.ask.fallbacks", "reason", answer.fallbackReason())
                    .increment();
        }
    }
}
