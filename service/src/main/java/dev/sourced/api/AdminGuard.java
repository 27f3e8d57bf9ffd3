package dev.sourced.api;

import dev.sourced.edge.BearerSecret;
import dev.sourced.edge.RejectedRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import java.util.Optional;

/** Checks the admin bearer token, in constant time. */
@ApplicationScoped
public class AdminGuard {
    private final Optional<BearerSecret> token;

    public AdminGuard(AdminConfig config) {
        this.token = BearerSecret.of(config.token());
    }

    /** @throws RejectedRequestException 403 when no token is configured, 401 when the given one does not match */
    void requireAdmin(String authorization) {
        BearerSecret expected = token.orElseThrow(
                () -> new RejectedRequestException(
                        403,
                        "admin endpoints (document writes, feedback) are disabled: configure an admin token (SOURCED_ADMIN_TOKEN)"));
        expected.refusal(authorization).ifPresent(refusal -> {
            throw unauthorized(
                    refusal == BearerSecret.Refusal.MISSING
                            ? "send 'Authorization: Bearer <admin token>'"
                            : "the admin token is not valid");
        });
    }

    private static RejectedRequestException unauthorized(String message) {
        return new RejectedRequestException(401, message, Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }
}
