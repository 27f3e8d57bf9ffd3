package dev.sourced.ingest;

import dev.sourced.corpus.Article;
import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.index.ArticleStore;
import dev.sourced.index.IndexedArticle;
import dev.sourced.index.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Mirrors the corpus folder in the index: new and changed articles are embedded and written, unchanged ones are left
 * as they are, corpus articles gone from the folder are removed, and all of it is committed at once. Articles added
 * through the API are neither replaced nor removed. Not for two callers at once.
 */
public final class CorpusSync {
    private final ArticleStore index;
    private final ArticleIndexer indexer;
    private final DuplicateGroups groups;

    public CorpusSync(ArticleStore index, ArticleIndexer indexer, DuplicateGroups groups) {
        this.index = index;
        this.indexer = indexer;
        this.groups = groups;
    }

    /** {@link #sync(List, BooleanSupplier)} that stops when the calling thread is interrupted. */
    public SyncReport sync(List<Article> corpus) {
        return sync(corpus, Thread.currentThread()::isInterrupted);
    }

    /**
     * Brings the index in line with {@code corpus}. Once {@code stopRequested} says so, the sync stops between two
     * articles with a {@link CancellationException}; nothing of the unfinished sync is committed, and the next sync
     * skips what an earlier one committed.
     */
    public SyncReport sync(List<Article> corpus, BooleanSupplier stopRequested) {
        Map<String, IndexedArticle> all = index.articles();
        // The groups of copies start from the fingerprints stored with what is already indexed; the writes below
        // update them one article at a time.
        groups.load(all.values());
        Map<String, String> indexed = all.values().stream()
                .filter(a -> a.origin() == Origin.CORPUS)
                .collect(Collectors.toMap(IndexedArticle::id, IndexedArticle::hash));
        Map<String, Article> wanted = new LinkedHashMap<>();
        corpus.forEach(a -> wanted.put(a.id(), a));
        // Removed first: an exact copy of a removed article that arrives in the same sync is then indexed itself,
        // rather than stored as a copy of an article that is going.
        Set<String> removed = new TreeSet<>(indexed.keySet());
        removed.removeAll(wanted.keySet());
        removed.forEach(indexer::delete);
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Article article : wanted.values()) {
            if (stopRequested.getAsBoolean()) {
                throw new CancellationException("the corpus sync was stopped");
            }
            String hash = indexed.get(article.id());
            if (all.containsKey(article.id()) && all.get(article.id()).origin() == Origin.API) {
                unchanged.add(article.id());
            } else if (hash == null) {
                indexer.put(article, Origin.CORPUS);
                added.add(article.id());
            } else if (!hash.equals(article.contentHash())) {
                indexer.put(article, Origin.CORPUS);
                updated.add(article.id());
            } else {
                unchanged.add(article.id());
            }
        }
        index.commit();
        return new SyncReport(added, updated, unchanged, List.copyOf(removed));
    }
}
