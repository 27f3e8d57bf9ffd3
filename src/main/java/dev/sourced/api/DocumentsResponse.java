package dev.sourced.api;

import dev.sourced.corpus.Article;
import dev.sourced.index.IndexedArticle;
import java.time.LocalDate;
import java.util.List;

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

    /** {@code GET /api/documents/{id}}: the article as indexed, text included. */
    public record Document(String id, String title, LocalDate date, int length, String text) {
        static Document of(Article a) {
            return new Document(a.id(), a.title(), a.date(), a.length(), a.text());
        }
    }
}
