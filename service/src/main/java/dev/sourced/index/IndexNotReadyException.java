package dev.sourced.index;

/** The index is still being built or could not be opened: the request may be retried later. */
public class IndexNotReadyException extends RuntimeException {
    public IndexNotReadyException(String message) {
        super(message);
    }
}
