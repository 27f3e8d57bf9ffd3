package dev.sourced.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which generator answers, and the extractive generator's evidence policy. */
@ConfigMapping(prefix = "sourced.answer")
public interface AnswerConfig {
    /** {@code extractive} (offline, default) or {@code llm}. */
    @WithDefault("extractive")
    String generator();

    /** Answers produced at once; more concurrent questions get a 503 with Retry-After. */
    @WithDefault("16")
    int maxConcurrent();

    Extractive extractive();

    interface Extractive {
        @WithDefault("0.6")
        double cosineWeight();

        @WithDefault("0.4")
        double coverageWeight();

        @WithDefault("0.1")
        double typeWeight();

        @WithDefault("0.5")
        double minContextCoverage();

        @WithDefault("0.3")
        double minScore();

        @WithDefault("0.2")
        double companionMargin();

        @WithDefault("0.1")
        double companionGain();
    }
}
