package dev.sourced.api;

import dev.sourced.answer.Answer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/** Ask latency as a histogram, abstentions, and generator fallbacks, for the Prometheus endpoint. */
@ApplicationScoped
public class AskMetrics {
    private final MeterRegistry registry;
    private final Timer latency;

    public AskMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("sourced.ask").description("time to answer a question")
                .publishPercentileHistogram().register(registry);
    }

    public void record(Answer answer, long nanos) {
        latency.record(nanos, TimeUnit.NANOSECONDS);
        registry.counter("sourced.ask.answers", "generator", answer.generator(),
                "answered", String.valueOf(answer.answered())).increment();
        if (answer.fallbackReason() != null) {
            registry.counter("sourced.ask.fallbacks", "reason", answer.fallbackReason()).increment();
        }
    }
}
