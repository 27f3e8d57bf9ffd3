package dev.sourced.duplicates;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** How copies of one story are recognised and which one stands for them. */
@ConfigMapping(prefix = "sourced.duplicates")
public interface DuplicatesConfig {
    /**
     * Estimated Jaccard similarity of two bodies' three-word shingles from which they are copies. Light edits (a
     * changed word, a corrected figure, an added sentence, another byline) stay well above it; two different stories
     * on one topic stay far below it (docs/trust.md).
     */
    @WithDefault("0.5")
    double threshold();

    /**
     * Outlets whose copy stands for a group, most preferred first, matched regardless of case against the outlet an
     * article's metadata names, else the first word of its id; otherwise the earliest published copy does.
     * {@code none}: no preference.
     */
    @WithDefault("none")
    List<String> preferredSources();
}
