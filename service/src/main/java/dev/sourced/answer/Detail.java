package dev.sourced.answer;

import java.util.Locale;

/** How long an overview answer may be: {@code brief}, {@code standard} (the default) or {@code full}. */
public enum Detail {
    BRIEF(3),
    STANDARD(6),
    FULL(10);

    private final int sentences;

    Detail(int sentences) {
        this.sentences = sentences;
    }

    /** The most sentences an overview of this detail quotes (or a language model is asked to write). */
    public int sentences() {
        return sentences;
    }

    /** The detail named {@code name} in any case; {@link #STANDARD} for {@code null}. */
    public static Detail named(String name) {
        return name == null ? STANDARD : valueOf(name.toUpperCase(Locale.ROOT));
    }
}
