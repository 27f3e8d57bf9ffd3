package dev.sourced.index;

import java.time.LocalDate;

/** What the index knows of one article: its metadata, hash and chunk count. */
public record IndexedArticle(String id, String title, LocalDate date, int length, String hash, int chunkCount) {}
