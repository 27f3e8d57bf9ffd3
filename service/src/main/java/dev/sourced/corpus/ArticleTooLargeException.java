package dev.sourced.corpus;

/** An article over the size limit. */
public class ArticleTooLargeException extends InvalidArticleException {
    public ArticleTooLargeException(String message) {
        super(message);
    }
}
