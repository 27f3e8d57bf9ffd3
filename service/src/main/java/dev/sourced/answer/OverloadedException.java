package dev.sourced.answer;

/** More questions are being answered at once than the service allows: the caller may retry shortly. */
public class OverloadedException extends RuntimeException {
    public OverloadedException() {
        super("too many questions are being answered right now: try again shortly");
    }
}
