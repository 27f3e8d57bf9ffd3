package dev.sourced.index;

import dev.sourced.corpus.Chunk;
import java.util.List;

/** A chunk with its own vector and one vector per sentence, ready to be written. */
public record EmbeddedChunk(Chunk chunk, float[] vector, List<float[]> sentenceVectors) {
    public EmbeddedChunk {
        sentenceVectors = List.copyOf(sentenceVectors);
        if (sentenceVectors.size() != chunk.sentences().size()) {
            throw new IllegalArgumentException("one vector per sentence is needed");
        }
    }
}
