package dev.sourced.ingest;

/** What taking in one article did. */
public enum IngestOutcome {
    ADDED,
    UPDATED,
    UNCHANGED,
    /** Its body is the same text as an indexed article's: stored (readable, listed) as a copy, not indexed again. */
    DUPLICATE
}
