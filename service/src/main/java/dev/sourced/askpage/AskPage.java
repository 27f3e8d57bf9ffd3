package dev.sourced.askpage;

/**
 * What the ask page shows: the question as typed (kept in the box, {@code null} before one is asked), a message in
 * words when it could not be answered, and the answer when it was.
 */
public record AskPage(String question, String error, AnswerView answer) {
    static AskPage empty() {
        return new AskPage(null, null, null);
    }

    static AskPage failed(String question, String error) {
        return new AskPage(question, error, null);
    }

    static AskPage answered(String question, AnswerView answer) {
        return new AskPage(question, null, answer);
    }
}
