package dev.sourced.api;

/** The JSON body of {@code POST /api/documents}; {@code title} and {@code date} (YYYY-MM-DD) are optional. */
public record DocumentRequest(String id, String text, String title, String date) {}
