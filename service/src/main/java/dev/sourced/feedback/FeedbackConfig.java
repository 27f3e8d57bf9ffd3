package dev.sourced.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Where votes on answers are kept, for how long, and the salt that turns voters into pseudonyms. */
@ConfigMapping(prefix = "sourced.feedback")
public interface FeedbackConfig {
    /** The folder of the store ({@code feedback.jsonl}); created at the first vote. */
    @WithDefault("data/feedback")
    Path dir();

    /** How long a vote is kept; older ones are dropped at start-up and at every write, and never listed. */
    @WithDefault("90d")
    Duration retention();

    /** Keys the voters' pseudonyms ({@link UserHash}); required when Slack is on. A secret, never logged. */
    Optional<String> userSalt();
}
