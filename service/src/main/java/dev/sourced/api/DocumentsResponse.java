package dev.sourced.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sourced.corpus.Article;
import dev.sourced.duplicates.Groups;
import dev.sourced.index.IndexedArticle;
import dev.sourced.ingest.IngestResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Bodies of the documents endpoints. */
public final class DocumentsResponse {
    private DocumentsResponse() {}

    /** {@code GET /api/documents}: the articles, and the groups of copies among them. */
    public record Listing(List<Summary> documents, List<Group> groups) {}

    /**
     * One indexed article, without its text; {@code duplicateOf}: the article whose body it repeats exactly, when it is
     * stored as a copy without passages of its own; {@code alsoPublishedBy}: the other articles of its group.
     */
    public record Summary(
            String id,
            String title,
            LocalDate date,
            int length,
            int chunkCount,
            @JsonInclude(JsonInclude.Include.NON_NULL) String duplicateOf,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> alsoPublishedBy) {
        static Summary of(IndexedArticle a, Groups groups) {
            return new Summary(
                    a.id(),
                    a.title(),
                    a.date(),
                    a.length(),
                    a.chunkCount(),
                    a.copies().copyOf(),
                    groups.othersOf(a.id()));
        }
    }

    /** Articles that publish the same story: the one search results show, then all members in that order. */
    public record Group(String representative, List<String> members) {
        static Group of(Groups.Group group) {
            return new Group(group.representative(), group.members());
        }
    }

    /**
     * The answer to a write: the article as now indexed and what happened ("added", "updated", "unchanged",
     * "duplicate"); {@code duplicateOf}: for "duplicate", the indexed article with the same body.
     */
    public record Written(
            String id,
            String title,
            LocalDate date,
            int length,
            int chunkCount,
            String outcome,
            @JsonInclude(JsonInclude.Include.NON_NULL) String duplicateOf) {
        static Written of(IngestResult result) {
            IndexedArticle a = result.article();
            return new Written(
                    a.id(),
                    a.title(),
                    a.date(),
                    a.length(),
                    a.chunkCount(),
                    result.outcome().name().toLowerCase(Locale.ROOT),
                    a.copies().copyOf());
        }
    }

    /**
     * {@code GET /api/documents/{id}}: the article as indexed, text included; its outlet, original address and author only
     * when given.
     */
    public record Document(
            String id,
            String title,
            LocalDate date,
            @JsonInclude(JsonInclude.Include.NON_NULL) String outlet,
            @JsonInclude(JsonInclude.Include.NON_NULL) String originalUrl,
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
