package dev.sourced.index;

import dev.sourced.corpus.Article;
import java.util.Map;
import java.util.Optional;

/** The articles an index holds, as the API lists and serves them. Thread-safe; reflects the last refresh. */
public interface ArticleCatalog {
    /** Every indexed article by id, in id order. */
    Map<String, IndexedArticle> articles();

    /** What the index knows of one article, or empty when no article has that id. */
    Optional<IndexedArticle> summary(String articleId);

    /** The stored article with its original text, or empty when no article has that id. */
    Optional<Article> article(String articleId);
}
