package dev.sourced.answer;

/** A question that cannot be answered as sent: the asker must change it. */
public class InvalidQuestionException extends RuntimeException {
    public InvalidQuestionException(String message) {
        super(message);
    }
}
