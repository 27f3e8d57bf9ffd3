package dev.sourced.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One article of the corpus. {@code text} is kept exactly as read so that every offset a citation carries points
 * into it; {@code bodyStart} is where the body begins after a metadata header (a leading date line or a Markdown
 * title), which is not answer material.
 *
 * @param date the publication date where the article gives one, else {@code null}
 */
public record Article(String id, String title, LocalDate date, String text, int bodyStart) {
    public Article {
        ArticleIds.requireValid(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart out of range: " + bodyStart);
        }
    }

    /** A digest of everything that shapes the indexed form, so an unchanged article need not be re-embedded. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(title.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(date).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public int length() {
        return text.length();
    }
}
