package dev.sourced.answer;

import dev.sourced.corpus.Provenance;
import java.time.LocalDate;

/**
 * A numbered reference from an answer to an exact passage: {@code text} equals the article's characters
 * {@code start..end}. {@code source} is the article's id; the article's publication date, outlet, original address
 * and author follow, each {@code null} when the article does not give it.
 */
public record Citation(
        int n,
        String source,
        String title,
        String chunkId,
        String text,
        int start,
        int end,
        double score,
        LocalDate published,
        String outlet,
        String url,
        String author) {
    public Citation {
        if (n < 1) {
            throw new IllegalArgumentException("citation numbers start at 1");
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("citation text does not fit its offsets");
        }
    }

    /** A citation whose article's date and provenance are not (yet) known. */
    public Citation(int n, String source, String title, String chunkId, String text, int start, int end, double score) {
        this(n, source, title, chunkId, text, start, end, score, null, null, null, null);
    }

    public String marker() {
        return "[" + n + "]";
    }

    /** This citation with its article's publication date and provenance. */
    public Citation withArticle(LocalDate date, Provenance provenance) {
        return new Citation(
                n,
                source,
                title,
                chunkId,
                text,
                start,
                end,
                score,
                date,
                provenance.outlet(),
                provenance.url(),
                provenance.author());
    }
}
