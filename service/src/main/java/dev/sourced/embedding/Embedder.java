package dev.sourced.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into unit-length vectors with an in-process LangChain4j embedding model. Thread-safe as the model is.
 * Vectors are normalised here so that a dot product is the cosine, whatever the model returns.
 */
public final class Embedder {
    /** Large enough to keep both cores busy, small enough to keep one ONNX call's memory modest. */
    private static final int BATCH = 64;

    private final EmbeddingModel model;
    private final String modelName;
    private final String queryPrefix;
    private final String passagePrefix;

    /** @param modelName the model's name in {@link EmbeddingModels}, which also says how to prefix its texts */
    public Embedder(EmbeddingModel model, String modelName) {
        this.model = model;
        this.modelName = modelName;
        this.queryPrefix = EmbeddingModels.queryPrefix(modelName);
        this.passagePrefix = EmbeddingModels.passagePrefix(modelName);
    }

    /** The name recorded in the index, so that an index built by another model is rebuilt. */
    public String modelName() {
        return modelName;
    }

    public int dimension() {
        return model.dimension();
    }

    /** A question's vector. */
    public float[] embed(String question) {
        return normalized(model.embed(queryPrefix + question).content());
    }

    /** Passages' vectors, in order. */
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(t -> TextSegment.from(passagePrefix + t))
                    .toList();
            for (Embedding embedding : model.embedAll(batch).content()) {
                vectors.add(normalized(embedding));
            }
        }
        return vectors;
    }

    /** The unit-length mean of unit vectors: the direction they share, as one vector for the text they make up. */
    public static float[] meanOf(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("the mean of no vectors is undefined");
        }
        float[] mean = new float[vectors.getFirst().length];
        for (float[] v : vectors) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += v[i];
            }
        }
        return normalized(mean);
    }

    private static float[] normalized(Embedding embedding) {
        return normalized(embedding.vector());
    }

    private static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0 && Math.abs(norm - 1) > 1e-4) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
        }
        return v;
    }
}
