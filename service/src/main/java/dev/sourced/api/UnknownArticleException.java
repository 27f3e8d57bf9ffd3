package dev.sourced.api;

import dev.sourced.edge.RejectedRequestException;

/** No article has the requested id: answered with 404. */
public class UnknownArticleException extends RejectedRequestException {
    public UnknownArticleException(String id) {
        super(404, "no article with id '" + id + "'");
    }
}
