package dev.sourced.api;

/** No article has the requested id: answered with 404. */
public class UnknownArticleException extends RuntimeException {
    public UnknownArticleException(String id) {
        super("no article with id '" + id + "'");
    }
}
