package dev.sourced.ingest;

import dev.sourced.index.IndexedArticle;

/** The article as now indexed, and whether it was new, replaced or already there as sent. */
public record IngestResult(IndexedArticle article, IngestOutcome outcome) {}
