package dev.sourced.index;

import java.time.LocalDate;

/** What the index knows of one article: its metadata, hash, chunk count and where it came from. */
public record IndexedArticle(
        String id, String title, LocalDate date, int length, String hash, int chunkCount, Origin origin) {}
