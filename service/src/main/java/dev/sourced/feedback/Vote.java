package dev.sourced.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;

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
}
