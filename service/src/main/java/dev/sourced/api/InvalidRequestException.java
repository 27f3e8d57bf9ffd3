package dev.sourced.api;

import dev.sourced.edge.RejectedRequestException;

/** A request the caller must fix: answered with 400 and the message. */
public class InvalidRequestException extends RejectedRequestException {
    public InvalidRequestException(String message) {
        super(400, message);
    }
}
