package dev.sourced.edge;

import jakarta.ws.rs.Priorities;

/**
 * The order of the pre-matching request filters of every surface: the request id first, so that each rejection is
 * logged with it; then what is cheapest to check.
 */
public final class FilterOrder {
    public static final int REQUEST_ID = Priorities.AUTHENTICATION - 500;
    public static final int QUERY_ENCODING = Priorities.AUTHENTICATION - 400;
    public static final int BODY_SIZE = Priorities.AUTHENTICATION - 300;
    public static final int RATE = Priorities.AUTHENTICATION - 200;
    /** The OpenAI-compatible API's key, once the cheaper checks have passed. */
    public static final int API_KEY = Priorities.AUTHENTICATION - 100;

    private FilterOrder() {}
}
