package dev.sourced.ingest;

/** What taking in one article did. */
public enum IngestOutcome {
    ADDED,
    UPDATED,
    UNCHANGED
}
