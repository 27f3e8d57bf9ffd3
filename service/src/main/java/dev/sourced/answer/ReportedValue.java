package dev.sourced.answer;

import java.time.LocalDate;

/**
 * A value one source gives for the asked-for fact, as its sentence writes it, with the number of the citation that
 * quotes that sentence and the date of its article ({@code null} when not known).
 */
public record ReportedValue(String value, int citation, LocalDate published) {}
