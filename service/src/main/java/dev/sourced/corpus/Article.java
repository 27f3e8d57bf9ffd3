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
 * @param provenance its outlet, original address and author, as far as given
 */
public record Article(String id, String title, LocalDate date, String text, int bodyStart, Provenance provenance) {
    public Article {
        ArticleIds.requireValid(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart out of range: " + bodyStart);
        }
    }

    /** An article of which nothing but its title and date is known. */
    public Article(String id, String title, LocalDate date, String text, int bodyStart) {
        this(id, title, date, text, bodyStart, Provenance.NONE);
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
            // Only when given, so that articles without it keep their digest.
            if (!provenance.isEmpty()) {
                digest.update((byte) 0);
                digest.update(String.join(
                                "\u0000",
                                String.valueOf(provenance.outlet()),
                                String.valueOf(provenance.url()),
                                String.valueOf(provenance.author()))
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public int length() {
        return text.length();
    }
}
