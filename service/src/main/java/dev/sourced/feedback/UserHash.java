package dev.sourced.feedback;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a platform's user id into a pseudonym: HMAC-SHA-256 keyed with a salt from configuration, so the same person
 * gets the same pseudonym (a second vote replaces the first) while the stored value cannot be turned back into the id
 * without the salt, which is kept out of the data folder. Thread-safe.
 */
public final class UserHash {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private UserHash(byte[] salt) {
        this.key = new SecretKeySpec(salt, ALGORITHM);
    }

    /** The hash keyed with the configured salt, if one is: a blank value is none. */
    public static Optional<UserHash> of(Optional<String> salt) {
        return salt.filter(s -> !s.isBlank()).map(s -> new UserHash(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** The pseudonym of {@code user} in {@code team}, 64 hex digits. */
    public String of(String team, String user) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(((team == null ? "" : team) + ":" + user).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
