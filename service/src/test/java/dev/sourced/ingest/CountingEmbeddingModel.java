package dev.sourced.ingest;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The real model, counting the texts it embeds, so a test can tell what was re-embedded. */
public final class CountingEmbeddingModel implements EmbeddingModel {
    private final EmbeddingModel model;
    private final AtomicInteger texts = new AtomicInteger();

    public CountingEmbeddingModel(EmbeddingModel model) {
        this.model = model;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        texts.addAndGet(segments.size());
        return model.embedAll(segments);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    public int takeCount() {
        return texts.getAndSet(0);
    }
}
