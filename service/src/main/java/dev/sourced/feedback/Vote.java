package dev.sourced.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Optional;

/** A thumbs up or down on an answer. */
public enum Vote {
    @JsonProperty("up")
    UP,
    @JsonProperty("down")
    DOWN;

    /** {@code up} or {@code down}, as it is written in JSON, metrics and the API. */
    public String word() {
        return this == UP ? "up" : "down";
    }

    /** The vote {@link #word()} names, or empty for any other text. */
    public static Optional<Vote> of(String word) {
        return Arrays.stream(values()).filter(v -> v.word().equals(word)).findFirst();
    }
}
