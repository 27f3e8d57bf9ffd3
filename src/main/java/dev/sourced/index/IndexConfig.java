package dev.sourced.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Which search backend holds the index, where the embedded one lives, and which embedding model fills it. */
@ConfigMapping(prefix = "sourced.index")
public interface IndexConfig {
    /** {@code lucene}: the embedded index in {@link #dir()}; {@code solr}: a SolrCloud collection. */
    @WithDefault("lucene")
    Backend backend();

    @WithDefault("data/index")
    Path dir();

    /** {@code all-minilm-l6-v2} or its quantized variant {@code all-minilm-l6-v2-q}; a change rebuilds the index. */
    @WithDefault("all-minilm-l6-v2")
    String model();

    enum Backend {
        LUCENE,
        SOLR
    }
}
