package dev.sourced.embedding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/**
 * Which embedding model turns text into vectors. Under {@code sourced.index}, beside the index settings, because the
 * index records the model that filled it and a change of model rebuilds it.
 */
@ConfigMapping(prefix = "sourced.index")
public interface EmbeddingConfig {
    /** One of {@link EmbeddingModels#NAMES}; a change rebuilds the index. */
    @WithDefault(EmbeddingModels.DEFAULT)
    String model();

    /**
     * Where the model's files are copied out of its jar on the first start, so that later starts read them from disk;
     * by default a {@code models} folder beside the index folder.
     */
    @WithDefault("${sourced.index.dir}/../models")
    Path modelCache();
}
