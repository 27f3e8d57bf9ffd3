package dev.sourced.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real model behind a file cache keyed by text, so that re-running a benchmark over the same synthetic corpus
 * does not embed it again. Vectors are the model's own, never random. Not thread-safe (benchmarks index serially).
 */
final class CachedEmbeddingModel implements EmbeddingModel {
    private final EmbeddingModel model;
    private final Path file;
    private final Map<String, float[]> cache = new HashMap<>();

    CachedEmbeddingModel(EmbeddingModel model, Path file) {
        this.model = model;
        this.file = file;
        load();
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<TextSegment> missing = segments.stream()
                .filter(s -> !cache.containsKey(s.text()))
                .distinct()
                .toList();
        if (!missing.isEmpty()) {
            List<Embedding> computed = model.embedAll(missing).content();
            append(missing, computed);
        }
        return Response.from(segments.stream()
                .map(s -> Embedding.from(cache.get(s.text()).clone()))
                .toList());
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                String text = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = in.readFloat();
                }
                cache.put(text, v);
            }
        } catch (EOFException end) {
            // the whole cache is read; a record cut short by a crash is dropped
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(List<TextSegment> texts, List<Embedding> vectors) {
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                    Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                for (int i = 0; i < texts.size(); i++) {
                    float[] v = vectors.get(i).vector();
                    cache.put(texts.get(i).text(), v);
                    out.writeUTF(texts.get(i).text());
                    out.writeInt(v.length);
                    for (float x : v) {
                        out.writeFloat(x);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
