package dev.sourced.api;

import dev.sourced.edge.RejectedRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/** Checks the admin bearer token, in constant time. */
@ApplicationScoped
public class AdminGuard {
    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> token;

    public AdminGuard(AdminConfig config) {
        this.token = config.token().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws RejectedRequestException 403 when no token is configured, 401 when the given one does not match */
    void requireAdmin(String authorization) {
        byte[] expected = token.orElseThrow(() -> new RejectedRequestException(
                403, "document writes are disabled: configure an admin token (SOURCED_ADMIN_TOKEN)"));
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("send 'Authorization: Bearer <admin token>'");
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw unauthorized("the admin token is not valid");
        }
    }

    private static RejectedRequestException unauthorized(String message) {
        return new RejectedRequestException(401, message, Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }
}
