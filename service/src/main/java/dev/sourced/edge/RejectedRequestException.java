package dev.sourced.edge;

import java.util.Map;

/**
 * A request turned away before or instead of its work: the status, a message for the caller, and any headers the
 * status calls for ({@code Retry-After}, {@code WWW-Authenticate}). Filters and resources of every surface throw it;
 * the one exception mapper writes the JSON error body and logs it once.
 */
public class RejectedRequestException extends RuntimeException {
    /** How much of a caller's text a message echoes. */
    private static final int ECHOED_CHARS = 100;

    private final int status;
    private final Map<String, String> headers;

    public RejectedRequestException(int status, String message) {
        this(status, message, Map.of());
    }

    public RejectedRequestException(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a rejection has a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** A caller's text as a message echoes it: cut short, since the message is logged too. */
    public static String echoed(String text) {
        return text.length() <= ECHOED_CHARS ? text : text.substring(0, ECHOED_CHARS) + "…";
    }
}
