package dev.sourced.api;

import dev.sourced.answer.Detail;
import dev.sourced.answer.Question;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/ask}: the question and, optionally, how many passages to draw on (1-50), the date it
 * is asked as of ({@code asOf}, ISO {@code 2024-01-05}; none: no date limit) and how long an overview answer may be
 * ({@code detail}: {@code brief}, {@code standard}, {@code full}). The shape is checked here; what the
 * question says is checked by {@link Question}.
 */
public record AskRequest(
        @NotBlank(message = "'question' is required and must not be blank")
        @Size(max = Question.MAX_CHARS, message = "'question' must be at most {max} characters")
        String question,

        @Min(value = AskRequest.MIN_K, message = AskRequest.K_RANGE)
        @Max(value = AskRequest.MAX_K, message = AskRequest.K_RANGE)
        Integer k,

        LocalDate asOf,

        @Pattern(regexp = "(?i)brief|standard|full", message = "'detail' must be 'brief', 'standard' or 'full'")
        String detail) {
    static final int MIN_K = 1;
    static final int MAX_K = 50;
    static final String K_RANGE = "'k' must be a whole number from 1 to 50";
    static final String REQUIRED = "a JSON body with a 'question' is required";

    /** How long an overview answer may be: {@code standard} when not asked. */
    Detail overviewDetail() {
        return Detail.named(detail);
    }

    /** How many passages, the default when none was asked for. */
    int passages() {
        return k == null ? dev.sourced.answer.Asker.DEFAULT_PASSAGES : k;
    }
}
