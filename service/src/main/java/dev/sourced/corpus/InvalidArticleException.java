package dev.sourced.corpus;

/** An article that cannot be taken in: a bad id, empty text, or text that is not readable. */
public class InvalidArticleException extends RuntimeException {
    public InvalidArticleException(String message) {
        super(message);
    }
}
