package dev.sourced.api;

import jakarta.validation.constraints.NotNull;

/** The JSON body of {@code POST /api/documents}; {@code title} and {@code date} (YYYY-MM-DD) are optional. */
public record DocumentRequest(
        String id, @NotNull(message = "'text' is required") String text, String title, String date) {
    static final String REQUIRED = "a JSON body with an 'id' and a 'text' is required";
}
