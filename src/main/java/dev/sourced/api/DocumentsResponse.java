package dev.sourced.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sourced.corpus.Article;
import dev.sourced.index.IndexedArticle;
import dev.sourced.ingest.IngestResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Bodies of the documents endpoints. */
public final class DocumentsResponse {
    private DocumentsResponse() {}

    /** {@code GET /api/documents}. */
    public record Listing(List<Summary> documents) {}

    /** One indexed article, without its text. */
    public record Summary(String id, String title, LocalDate date, int length, int chunkCount) {
        static Summary of(IndexedArticle a) {
            return new Summary(a.id(), a.title(), a.date(), a.length(), a.chunkCount());
        }
    }

    /** The answer to a write: the article as now indexed and what happened ("added", "updated", "unchanged"). */
    public record Written(String id, String title, LocalDate date, int length, int chunkCount, String outcome) {
        static Written of(IngestResult result) {
            IndexedArticle a = result.article();
            return new Written(
                    a.id(),
                    a.title(),
                    a.date(),
                    a.length(),
                    a.chunkCount(),
                    result.outcome().name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * {@code GET /api/documents/{id}}: the article as indexed, text included; its outlet, address and author only when
     * given.
     */
    public record Document(
            String id,
            String title,
            LocalDate date,
            @JsonInclude(JsonInclude.Include.NON_NULL) String outlet,
            @JsonInclude(JsonInclude.Include.NON_NULL) String url,
            @JsonInclude(JsonInclude.Include.NON_NULL) String author,
            int length,
            String text) {
        static Document of(Article a) {
            return new Document(
                    a.id(),
                    a.title(),
                    a.date(),
                    a.provenance().outlet(),
                    a.provenance().url(),
                    a.provenance().author(),
                    a.length(),
                    a.text());
        }
    }
}
