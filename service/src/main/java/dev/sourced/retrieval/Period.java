package dev.sourced.retrieval;

import java.time.LocalDate;

/**
 * The publication dates a search is limited to, both ends inclusive and either open ({@code null}). Articles
 * without a date are always inside: nothing says they are too old or too new.
 */
public record Period(LocalDate from, LocalDate to) {
    public static final Period ANY = new Period(null, null);

    public Period {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("a period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean isAny() {
        return from == null && to == null;
    }
}
