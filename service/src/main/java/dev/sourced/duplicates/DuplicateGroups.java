package dev.sourced.duplicates;

import dev.sourced.corpus.Article;
import dev.sourced.index.CopyMarks;
import dev.sourced.index.IndexedArticle;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The groups of copies among the indexed articles, kept up to date as articles are written and removed: loaded from
 * the fingerprints stored in the index when the corpus is synced at start-up, then changed one article at a time by
 * ingestion. Searches read an immutable {@link Groups} view, rebuilt at the first read after a change (not at each
 * write, so a bulk load costs one rebuild). Thread-safe.
 */
public final class DuplicateGroups {
    private final NearDuplicateIndex index;
    private final Representatives order;
    private volatile Groups current = Groups.NONE;
    private volatile boolean changed;

    /**
     * @param threshold estimated Jaccard similarity of word shingles from which two articles are copies
     * @param order which member stands for a group
     */
    public DuplicateGroups(double threshold, Representatives order) {
        this.index = new NearDuplicateIndex(threshold);
        this.order = order;
    }

    /** The groups as of the last change. */
    public Groups current() {
        if (!changed) {
            return current;
        }
        synchronized (this) {
            if (changed) {
                current = index.groups(order);
                changed = false;
            }
            return current;
        }
    }

    /** The fingerprint to store with an article. */
    public Fingerprint fingerprint(Article article) {
        return Fingerprint.of(article);
    }

    /** Replaces what is known with the articles of an index, as its catalog lists them. */
    public synchronized void load(Collection<IndexedArticle> articles) {
        index.clear();
        articles.forEach(a -> index.add(member(a)));
        changed = true;
    }

    /** Records an article as written, from what is about to be stored. */
    public synchronized void written(Article article, Fingerprint fingerprint, String copyOf) {
        index.add(new Member(
                article.id(),
                article.date(),
                Member.sourceOf(article.id(), article.provenance().outlet()),
                fingerprint,
                copyOf));
        changed = true;
    }

    /** Records an article as removed. */
    public synchronized void removed(String articleId) {
        if (index.remove(articleId)) {
            changed = true;
        }
    }

    /** The indexed article (not a stored copy) other than {@code articleId} whose body is the same text, if any. */
    public synchronized Optional<String> sameBodyAs(String articleId, Fingerprint fingerprint) {
        if (fingerprint.blank()) {
            return Optional.empty();
        }
        return index.sameBody(articleId, fingerprint).stream().findFirst();
    }

    /** The exact copies stored without chunks that point at {@code articleId}, smallest id first. */
    public synchronized List<String> copiesOf(String articleId) {
        return index.copiesOf(articleId);
    }

    private static final Fingerprint BLANK = new Fingerprint(new byte[32], new int[0]);

    private static Member member(IndexedArticle article) {
        CopyMarks marks = article.copies();
        byte[] encoded = marks.fingerprint();
        Fingerprint fingerprint = encoded.length == 0 ? BLANK : Fingerprint.decode(encoded);
        return new Member(
                article.id(),
                article.date(),
                Member.sourceOf(article.id(), article.outlet()),
                fingerprint,
                marks.copyOf());
    }
}
