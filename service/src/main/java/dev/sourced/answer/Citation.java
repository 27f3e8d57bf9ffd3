package dev.sourced.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sourced.corpus.Provenance;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * A numbered reference from an answer to an exact passage: {@code text} equals the article's characters
 * {@code start..end}. {@code source} is the article's id; {@code url} the article reader's address of the passage
 * ({@link ReaderLinks}), {@code null} until it is linked; the article's publication date, outlet, original address
 * and author follow, each {@code null} (and left out of JSON) when the article does not give it. {@code alsoPublishedBy}
 * names the other articles that publish the same story (copies of it under other outlets, shown once in the results);
 * empty, and left out of JSON, when there are none. Every HTTP surface (/api/ask, its stream, /v1/chat/completions, the
 * ask page, MCP) writes a citation as this record.
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
        String url,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate published,
        @JsonInclude(JsonInclude.Include.NON_NULL) String outlet,
        @JsonInclude(JsonInclude.Include.NON_NULL) String originalUrl,
        @JsonInclude(JsonInclude.Include.NON_NULL) String author,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> alsoPublishedBy) {
    public Citation {
        if (n < 1) {
            throw new IllegalArgumentException("citation numbers start at 1");
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("citation text does not fit its offsets");
        }
        alsoPublishedBy = List.copyOf(alsoPublishedBy);
    }

    /** A citation whose article's date, provenance and copies are not (yet) known. */
    public Citation(int n, String source, String title, String chunkId, String text, int start, int end, double score) {
        this(n, source, title, chunkId, text, start, end, score, null, null, null, null, null, List.of());
    }

    public String marker() {
        return "[" + n + "]";
    }

    /** What a list of sources calls the article: its title, or its id when it has none. */
    public String heading() {
        return title == null || title.isBlank() ? source : title.strip();
    }

    /**
     * Where a reader of a surface that shows no page of the service (a chat client, an agent) follows this citation:
     * its passage in the article reader, made absolute against {@code base}, the address the client called (a link
     * under {@code sourced.public-url} is absolute already); the article id when it is not linked. The one place
     * that picks that link.
     */
    public String link(URI base) {
        return url == null ? source : base.resolve(url).toString();
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
                url,
                date,
                provenance.outlet(),
                provenance.url(),
                provenance.author(),
                alsoPublishedBy);
    }

    /** The same citation naming the other articles that publish its story. */
    public Citation alsoPublishedBy(List<String> others) {
        return new Citation(
                n,
                source,
                title,
                chunkId,
                text,
                start,
                end,
                score,
                url,
                published,
                outlet,
                originalUrl,
                author,
                others);
    }

    /** The same citation with the address a person reads its passage at. */
    public Citation withUrl(String readerUrl) {
        return new Citation(
                n,
                source,
                title,
                chunkId,
                text,
                start,
                end,
                score,
                readerUrl,
                published,
                outlet,
                originalUrl,
                author,
                alsoPublishedBy);
    }
}
