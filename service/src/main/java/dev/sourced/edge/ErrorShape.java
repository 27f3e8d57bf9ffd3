package dev.sourced.edge;

/**
 * The error body of a surface whose protocol has its own (the OpenAI-compatible API answers errors as OpenAI does),
 * for every rejection of the requests under its paths: a filter's (size, rate, key), the framework's and its own. The
 * one exception mapper asks each bean of this type, and still logs every rejection once; a request that none claims
 * gets the API's {@code {"error": "..."}}.
 */
public interface ErrorShape {
    /** Whether a request for {@code path} (as filters see it, {@code /v1/models}) is this surface's. */
    boolean claims(String path);

    /**
     * The body of a rejection with {@code status} and {@code message} (written for the caller; a fixed text for a
     * failure of ours); {@code cause} is what was thrown, which may tell the surface more.
     */
    Object body(int status, String message, Throwable cause);
}
