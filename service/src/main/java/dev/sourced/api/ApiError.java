package dev.sourced.api;

/** The one error body of the API: {@code {"error": "..."}}, with the status in the HTTP line. */
public record ApiError(String error) {}
