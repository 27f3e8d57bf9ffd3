package dev.sourced.index;

import java.time.LocalDate;

/**
 * What the index knows of one article: its metadata, hash, chunk count and where it came from.
 *
 * @param copies its copy-detection fingerprint and, for an exact copy stored without chunks, what it copies
 * @param outlet the outlet that published it ({@link dev.sourced.corpus.Provenance#outlet()}), {@code null} when not
 *     given
 */
public record IndexedArticle(
        String id,
        String title,
        LocalDate date,
        int length,
        String hash,
        int chunkCount,
        Origin origin,
        CopyMarks copies,
        String outlet) {}
