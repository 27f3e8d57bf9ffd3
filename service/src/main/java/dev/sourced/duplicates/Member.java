package dev.sourced.duplicates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An indexed article as copy detection sees it.
 *
 * @param date its publication date, {@code null} when unknown
 * @param source the outlet that published it, matched against the preferred sources (see {@link #sourceOf})
 * @param copyOf the article it is an exact copy of, stored without passages of its own; {@code null} when it is
 *     indexed itself
 */
public record Member(String id, LocalDate date, String source, Fingerprint fingerprint, String copyOf) {
    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * The outlet of an article: the one its metadata names ({@link dev.sourced.corpus.Provenance#outlet()}) when given,
     * else the outlet as its id names it, the id's first word before a dash or underscore
     * ({@code reuters-2022-03-01-ukraine-talks} is {@code reuters}).
     *
     * @param outlet the article's outlet as its front matter or the documents API gave it, {@code null} when not given
     */
    public static String sourceOf(String articleId, String outlet) {
        if (outlet != null && !outlet.isBlank()) {
            return outlet.strip();
        }
        int end = 0;
        while (end < articleId.length() && articleId.charAt(end) != '-' && articleId.charAt(end) != '_') {
            end++;
        }
        return articleId.substring(0, end);
    }
}
