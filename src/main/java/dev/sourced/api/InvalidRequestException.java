package dev.sourced.api;

/** A request the caller must fix: answered with 400 and the message. */
public class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
