package dev.sourced.index;

import dev.sourced.corpus.Chunk;
import java.time.LocalDate;
import java.util.List;

/**
 * A chunk as read back from the index, with its article's title and date ({@code null} when the article has none)
 * and its sentences' vectors.
 */
public record StoredChunk(Chunk chunk, String title, LocalDate date, List<float[]> sentenceVectors) {
    public StoredChunk {
        sentenceVectors = List.copyOf(sentenceVectors);
    }
}
