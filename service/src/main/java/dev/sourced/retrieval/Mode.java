package dev.sourced.retrieval;

/** Which ranked lists a search uses. */
public enum Mode {
    HYBRID,
    BM25,
    VECTOR
}
