package dev.sourced.corpus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Where the articles come from and how they are cut into passages. */
@ConfigMapping(prefix = "sourced.corpus")
public interface CorpusConfig {
    /** A folder of .txt/.md articles; without it the bundled default corpus is served. */
    Optional<Path> dir();

    /** Most sentences in one chunk (neighbouring chunks share one). */
    @WithDefault("3")
    int maxSentences();

    /** Most characters in one chunk; a single longer sentence still makes a chunk of its own. */
    @WithDefault("700")
    int maxChars();
}
