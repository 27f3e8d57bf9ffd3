package dev.sourced.slack;

/**
 * What an answer answers: the question as the person asked it, and the standalone question retrieval was given (a
 * follow-up resolved against its thread), equal to it when nothing was resolved. The feedback buttons carry both, so
 * that a vote says what was asked.
 *
 * @param rewritten the standalone question; {@code null} or blank when the question was answered as asked
 */
record Asked(String question, String rewritten) {
    Asked {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("an answer answers a question");
        }
        rewritten = rewritten == null || rewritten.isBlank() ? question : rewritten;
    }

    /** The question answered when it is not the one asked (a follow-up made to stand on its own), else {@code null}. */
    String answering() {
        return rewritten.equals(question) ? null : rewritten;
    }
}
