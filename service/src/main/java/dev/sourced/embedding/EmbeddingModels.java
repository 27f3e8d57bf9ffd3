package dev.sourced.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/** The in-process embedding models the service can use, by their configuration name. */
public final class EmbeddingModels {
    public static final String MINILM = "all-minilm-l6-v2";
    public static final String MINILM_QUANTIZED = "all-minilm-l6-v2-q";
    public static final String BGE_SMALL_QUANTIZED = "bge-small-en-v1.5-q";
    public static final String E5_SMALL_QUANTIZED = "e5-small-v2-q";
    public static final List<String> NAMES = List.of(MINILM, MINILM_QUANTIZED, BGE_SMALL_QUANTIZED, E5_SMALL_QUANTIZED);
    /**
     * The quantized model: it answers the evaluation sets as well as the full one, faster and in less memory
     * (docs/evaluation.md, docs/performance.md).
     */
    public static final String DEFAULT = MINILM_QUANTIZED;
    /** Every model here gives 384-d vectors. */
    public static final int DIMENSION = 384;

    private static final Logger LOG = Logger.getLogger(EmbeddingModels.class);

    private EmbeddingModels() {}

    /** Loads the model out of its jar, as LangChain4j does: no file is written, the model is inflated on each load. */
    public static EmbeddingModel load(String name) {
        return switch (checked(name)) {
            case MINILM -> new AllMiniLmL6V2EmbeddingModel();
            case BGE_SMALL_QUANTIZED -> new BgeSmallEnV15QuantizedEmbeddingModel();
            case E5_SMALL_QUANTIZED -> new E5SmallV2QuantizedEmbeddingModel();
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
            return new OnnxEmbeddingModel(model, tokenizer, pooling(name));
        } catch (IOException e) {
            LOG.warnf(
                    "cannot keep the model files in %s (%s); loading the model from its jar on every start",
                    cacheDir, e.getMessage());
            return load(name);
        }
    }

    /** BGE is trained to read its [CLS] token; the others average their tokens, as their authors use them. */
    private static PoolingMode pooling(String name) {
        return BGE_SMALL_QUANTIZED.equals(name) ? PoolingMode.CLS : PoolingMode.MEAN;
    }

    /**
     * What a question is prefixed with before it is embedded, as each model's authors document: BGE's retrieval
     * instruction, E5's "query: "; nothing for MiniLM or a name this class does not know.
     */
    public static String queryPrefix(String name) {
        return switch (name) {
            case BGE_SMALL_QUANTIZED -> "Represent this sentence for searching relevant passages: ";
            case E5_SMALL_QUANTIZED -> "query: ";
            default -> "";
        };
    }

    /** What a passage is prefixed with before it is embedded: E5's "passage: ", nothing for the others. */
    public static String passagePrefix(String name) {
        return E5_SMALL_QUANTIZED.equals(name) ? "passage: " : "";
    }

    private static String checked(String name) {
        ModelRuntime.keepOffline();
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown embedding model '" + name + "'; choose one of " + NAMES);
        }
        return name;
    }
}
