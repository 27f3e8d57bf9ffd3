package dev.sourced.api;

import jakarta.validation.constraints.NotNull;

/**
 * The JSON body of {@code POST /api/documents}; everything but {@code id} and {@code text} is optional and, when
 * given, wins over the text's own front matter: {@code date} (YYYY-MM-DD) or its synonym {@code published},
 * {@code source} or its synonym {@code outlet} (the publication's name), {@code url}, {@code author}.
 */
public record DocumentRequest(
        String id,
        @NotNull(message = "'text' is required") String text,
        String title,
        String date,
        String published,
        String source,
        String outlet,
        String url,
        String author) {
    static final String REQUIRED = "a JSON body with an 'id' and a 'text' is required";
}
