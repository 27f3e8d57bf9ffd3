package dev.sourced.api;

/** The body of {@code POST /api/ask}: the question and, optionally, how many passages to draw on (1-50). */
public record AskRequest(String question, Integer k) {}
