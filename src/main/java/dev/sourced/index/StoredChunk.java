package dev.sourced.index;

import dev.sourced.corpus.Chunk;
import java.util.List;

/** A chunk as read back from the index, with its article's title and its sentences' vectors. */
public record StoredChunk(Chunk chunk, String title, List<float[]> sentenceVectors) {
    public StoredChunk {
        sentenceVectors = List.copyOf(sentenceVectors);
    }
}
