package dev.sourced.api;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The token that authorises the admin endpoints: document writes and feedback. Without one, they are disabled. */
@ConfigMapping(prefix = "sourced.admin")
public interface AdminConfig {
    /** Sent as {@code Authorization: Bearer <token>}. Never logged. */
    Optional<String> token();
}
