package dev.sourced.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Checks the admin bearer token on write endpoints, in constant time. */
@ApplicationScoped
public class AdminGuard {
    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> token;

    public AdminGuard(AdminConfig config) {
        this.token = config.token().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws WritesDisabledException when no token is configured; UnauthorizedException when it does not match */
    public void requireAdmin(String authorization) {
        byte[] expected = token.orElseThrow(WritesDisabledException::new);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new UnauthorizedException("send 'Authorization: Bearer <admin token>'");
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new UnauthorizedException("the admin token is not valid");
        }
    }

    /** Writes are off because no admin token is configured. */
    public static class WritesDisabledException extends RuntimeException {
        WritesDisabledException() {
            super("document writes are disabled: configure an admin token (SOURCED_ADMIN_TOKEN)");
        }
    }

    /** The request lacks a valid admin token. */
    public static class UnauthorizedException extends RuntimeException {
        UnauthorizedException(String message) {
            super(message);
        }
    }
}
