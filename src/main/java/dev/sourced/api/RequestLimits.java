package dev.sourced.api;

import dev.sourced.answer.Asker;
import dev.sourced.answer.Question;

/** Validates what callers send, with messages that say what to change. */
final class RequestLimits {
    static final int MAX_QUESTION_CHARS = 1000;
    static final int MIN_K = 1;
    static final int MAX_K = 50;

    private RequestLimits() {}

    static Question question(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("'" + name + "' is required and must not be blank");
        }
        if (value.length() > MAX_QUESTION_CHARS) {
            throw new InvalidRequestException("'" + name + "' must be at most " + MAX_QUESTION_CHARS
                    + " characters (got " + value.length() + ")");
        }
        return new Question(value);
    }

    static int k(String value) {
        if (value == null || value.isBlank()) {
            return Asker.DEFAULT_PASSAGES;
        }
        try {
            return k(Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            throw kOutOfRange();
        }
    }

    static int k(Integer value) {
        if (value == null) {
            return Asker.DEFAULT_PASSAGES;
        }
        if (value < MIN_K || value > MAX_K) {
            throw kOutOfRange();
        }
        return value;
    }

    private static InvalidRequestException kOutOfRange() {
        return new InvalidRequestException("'k' must be a whole number from " + MIN_K + " to " + MAX_K);
    }
}
