package dev.sourced.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Which search backend holds the index, where the embedded one lives, and which embedding model fills it. */
@ConfigMapping(prefix = "sourced.index")
public interface IndexConfig {
    /** {@code lucene}: the embedded index in {@link #dir()}; {@code solr}: a SolrCloud collection. */
    @WithDefault("lucene")
    Backend backend();

    @WithDefault("data/index")
    Path dir();

    /** {@code all-minilm-l6-v2-q} (quantized) or {@code all-minilm-l6-v2}; a change rebuilds the index. */
    @WithDefault(EmbeddingModels.DEFAULT)
    String model();

    /**
     * Where the model's files are copied out of its jar on the first start, so that later starts read them from disk;
     * by default a {@code models} folder beside {@link #dir()}.
     */
    Optional<Path> modelCache();

    enum Backend {
        LUCENE,
        SOLR
    }
}
