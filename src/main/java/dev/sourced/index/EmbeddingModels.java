package dev.sourced.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/** The in-process embedding models the service can use, by their configuration name. */
public final class EmbeddingModels {
    public static final String MINILM = "all-minilm-l6-v2";
    public static final String MINILM_QUANTIZED = "all-minilm-l6-v2-q";
    public static final List<String> NAMES = List.of(MINILM, MINILM_QUANTIZED);
    /** Both models give 384-d vectors. */
    public static final int DIMENSION = 384;

    private EmbeddingModels() {}

    public static EmbeddingModel load(String name) {
        return switch (name) {
            case MINILM -> new AllMiniLmL6V2EmbeddingModel();
            case MINILM_QUANTIZED -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            default -> throw new IllegalArgumentException(
                    "unknown embedding model '" + name + "'; choose one of " + NAMES);
        };
    }
}
