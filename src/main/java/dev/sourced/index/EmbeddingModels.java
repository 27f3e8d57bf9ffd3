package dev.sourced.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/** The in-process embedding models the service can use, by their configuration name. */
public final class EmbeddingModels {
    public static final String MINILM = "all-minilm-l6-v2";
    public static final String MINILM_QUANTIZED = "all-minilm-l6-v2-q";
    public static final List<String> NAMES = List.of(MINILM, MINILM_QUANTIZED);
    /**
     * The quantized model: the same evaluation tables as the full one on both question sets, 2.5x faster per question,
     * a third of the load time and memory (docs/evaluation.md, docs/performance.md).
     */
    public static final String DEFAULT = MINILM_QUANTIZED;
    /** Both models give 384-d vectors. */
    public static final int DIMENSION = 384;

    private static final Logger LOG = Logger.getLogger(EmbeddingModels.class);

    private EmbeddingModels() {}

    /** Loads the model out of its jar, as LangChain4j does: no file is written, the model is inflated on each load. */
    public static EmbeddingModel load(String name) {
        return switch (checked(name)) {
            case MINILM -> new AllMiniLmL6V2EmbeddingModel();
            default -> new AllMiniLmL6V2QuantizedEmbeddingModel();
        };
    }

    /**
     * Loads the model from files in {@code cacheDir}, copied there out of the model's jar on the first load (the same
     * ONNX file and tokenizer, mean pooling, as {@link #load(String)}). Where the folder cannot be written, loads from
     * the jar instead: slower, never wrong.
     */
    public static EmbeddingModel load(String name, Path cacheDir) {
        checked(name);
        try {
            Path model = ModelFiles.materialize(name + ".onnx", cacheDir);
            Path tokenizer = ModelFiles.materialize(name + "-tokenizer.json", cacheDir);
            return new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            LOG.warnf("cannot keep the model files in %s (%s); loading the model from its jar on every start", cacheDir,
                    e.getMessage());
            return load(name);
        }
    }

    private static String checked(String name) {
        ModelRuntime.keepOffline();
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown embedding model '" + name + "'; choose one of " + NAMES);
        }
        return name;
    }
}
