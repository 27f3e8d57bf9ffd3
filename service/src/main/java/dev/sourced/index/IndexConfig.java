package dev.sourced.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Which search backend holds the index and where the embedded one lives (the model: {@code EmbeddingConfig}). */
@ConfigMapping(prefix = "sourced.index")
public interface IndexConfig {
    /** {@code lucene}: the embedded index in {@link #dir()}; {@code solr}: a SolrCloud collection. */
    @WithDefault("lucene")
    Engine backend();

    @WithDefault("data/index")
    Path dir();

    /** The search engines a backend can be built on. */
    enum Engine {
        LUCENE,
        SOLR
    }
}
