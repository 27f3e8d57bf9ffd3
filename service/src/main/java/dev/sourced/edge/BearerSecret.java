package dev.sourced.edge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * A configured bearer secret (an admin token, an API key) and the check of an {@code Authorization} header against
 * it, compared in constant time so that the time taken tells nothing about the secret. Each surface says the refusal
 * in its own words and error shape.
 */
public final class BearerSecret {
    private static final String BEARER = "Bearer ";

    private final byte[] secret;

    private BearerSecret(byte[] secret) {
        this.secret = secret;
    }

    /** Why an {@code Authorization} header was refused. */
    public enum Refusal {
        /** No header, or not a bearer one. */
        MISSING,
        /** A bearer header with another secret. */
        INVALID
    }

    /** The secret configured, if any: a blank value is none. */
    public static Optional<BearerSecret> of(Optional<String> configured) {
        return configured.filter(s -> !s.isBlank()).map(s -> new BearerSecret(s.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Empty when {@code authorization} carries this secret as an API key, else what the caller is told: the words
     * every API-key surface (OpenAI-compatible, MCP) uses, in its own error shape.
     */
    public Optional<String> apiKeyProblem(String authorization) {
        return refusal(authorization)
                .map(refusal -> refusal == Refusal.MISSING
                        ? "send the API key as 'Authorization: Bearer <key>'"
                        : "the API key is not valid");
    }

    /** Empty when {@code authorization} carries this secret, else why not. */
    public Optional<Refusal> refusal(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(Refusal.MISSING);
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(secret, given) ? Optional.empty() : Optional.of(Refusal.INVALID);
    }
}
