package dev.sourced.ingest;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.CorpusReader;
import dev.sourced.corpus.Provenance;
import dev.sourced.index.ArticleStore;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.IndexedArticle;
import dev.sourced.index.Origin;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Adds, replaces and removes articles while the service answers. {@link #put} returns only once the write is
 * committed: it is then searchable and survives a crash; a crash before that loses only the unacknowledged write.
 * Readers see an article's old version or its new one, never a mix. Bulk loads {@link #stage} many articles and
 * {@link #commit} once in a while, since a commit per article would spend its time in fsync. Thread-safe.
 */
public final class ArticleIngestor {
    private final ArticleIndexer indexer;
    private final ArticleStore index;
    private final IndexStatus status;
    private final CorpusReader reader;
    private final ArticleParser parser;
    private final GroupCommit commits;

    public ArticleIngestor(
            ArticleIndexer indexer, ArticleStore index, IndexStatus status, CorpusReader reader, ArticleParser parser) {
        this.indexer = indexer;
        this.index = index;
        this.status = status;
        this.reader = reader;
        this.parser = parser;
        this.commits = new GroupCommit(index);
    }

    /**
     * Adds or replaces an article given as text, with its title and date when known, after the checks a corpus file
     * gets (at most 2 MiB, text rather than binary); returns once that is durable.
     */
    public IngestResult put(String id, String text, String title, LocalDate date) {
        return put(id, text, title, date, Provenance.NONE);
    }

    /** As {@link #put(String, String, String, LocalDate)}, with its outlet, address and author where given. */
    public IngestResult put(String id, String text, String title, LocalDate date, Provenance provenance) {
        CorpusReader.requireSize(id, text.getBytes(StandardCharsets.UTF_8).length);
        CorpusReader.requireText(id, text);
        return put(parser.parse(id, text, title, date, provenance));
    }

    /** Adds or replaces an article given as the bytes of a corpus file (UTF-8 text); returns once that is durable. */
    public IngestResult put(String id, byte[] file) {
        return put(reader.parse(id, file));
    }

    /** Adds or replaces an article and returns once that is durable. */
    public IngestResult put(Article article) {
        IngestOutcome outcome = stage(article);
        if (outcome != IngestOutcome.UNCHANGED) {
            commits.awaitDurable();
        }
        return new IngestResult(index.summary(article.id()).orElseThrow(), outcome);
    }

    /** Writes an article without waiting for durability; {@link #commit} makes it durable. */
    public IngestOutcome stage(Article article) {
        status.requireReady();
        Optional<IndexedArticle> before = index.summary(article.id());
        if (before.isPresent()
                && before.get().hash().equals(article.contentHash())
                && before.get().origin() == Origin.API) {
            return IngestOutcome.UNCHANGED;
        }
        if (indexer.put(article, Origin.API).copyOf() != null) {
            return IngestOutcome.DUPLICATE;
        }
        return before.isPresent() ? IngestOutcome.UPDATED : IngestOutcome.ADDED;
    }

    /** Makes everything staged so far durable and visible. */
    public void commit() {
        commits.awaitDurable();
    }

    /** True when the article was there and is now gone (durably). */
    public boolean delete(String articleId) {
        status.requireReady();
        if (!indexer.delete(articleId)) {
            return false;
        }
        commits.awaitDurable();
        return true;
    }
}
