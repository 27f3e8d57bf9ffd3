package dev.sourced.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Which generator answers, and the extractive generator's evidence policy. */
@ConfigMapping(prefix = "sourced.answer")
public interface AnswerConfig {
    /** {@code extractive} (offline, default) or {@code llm}. */
    @WithDefault("extractive")
    String generator();

    /** Answers produced at once; more concurrent questions get a 503 with Retry-After. */
    @WithDefault("16")
    int maxConcurrent();

    /**
     * How old the newest cited article may be, before the day a question about the present is asked as of, before the
     * answer says that its evidence is old (and is flagged {@code stale}). Whole days count.
     */
    @WithDefault("30d")
    Duration staleAfter();

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

        /** Least score of a sentence that may answer though its passage holds less than min-context-coverage. */
        @WithDefault("0.7")
        double strongScore();

        /** Least share of the question's information the passage of a sentence scoring strong-score must hold. */
        @WithDefault("0.35")
        double strongMinContextCoverage();

        @WithDefault("0.2")
        double companionMargin();

        @WithDefault("0.1")
        double companionGain();

        /**
         * Least cosine between what a follow-up question asks (its last sentence) and a sentence, or the one before
         * it, for the sentence to carry the newly asked relation in other words than the question's.
         */
        @WithDefault("0.60")
        double minAskedCosine();
    }
}
