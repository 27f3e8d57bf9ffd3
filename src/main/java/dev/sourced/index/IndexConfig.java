package dev.sourced.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Which search backend holds the index and where the embedded one lives (the model: {@code EmbeddingConfig}). */
@ConfigMapping(prefix = "sourced.index")
public interface IndexConfig {
    /** {@code lucene}: the embedded index in {@link #dir()}; {@code solr}: a SolrCloud collection. */
    @WithDefault("lucene")
    Backend backend();

    @WithDefault("data/index")
    Path dir();

    enum Backend {
        LUCENE,
        SOLR
    }
}
