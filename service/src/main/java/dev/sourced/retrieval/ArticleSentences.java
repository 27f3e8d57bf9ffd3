package dev.sourced.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sourced.corpus.Article;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.Paragraphs;
import dev.sourced.corpus.Span;
import dev.sourced.index.ArticleCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The sentences of an indexed article beyond the passages a search retrieved, each in the passage that holds it, cut
 * as the indexer cut them (so a citation of one names a passage the index has). The answer step reads two of them: the
 * sentence before a passage (news gives a paragraph one sentence, so the person "The comedian" refers to is named in
 * the paragraph before) and the sentence where a story first names its subject in full; and, as the article writes it,
 * the paragraph above a passage, which may be a heading the index leaves out (a digest's "Maine" above its brief), and
 * the whole text, where a name that sets a question's scene may stand beyond the passages retrieved. It
 * reads the article through the {@link ArticleCatalog} seam, the same on Lucene and Solr, and only when asked: most
 * questions need none of these.
 */
public final class ArticleSentences {
    private static final ArticleSentences NONE = new ArticleSentences(id -> Optional.empty(), article -> List.of());
    /**
     * Characters of the articles whose passages are kept cut, counted by article so that a few long transcripts do not
     * take the memory of thousands of stories; past that the least recently read go.
     */
    private static final long CACHED_CHARACTERS = 20_000_000;

    private final Function<String, Optional<Article>> articleOf;
    private final Function<Article, List<Chunk>> passagesOf;

    /**
     * Cutting an article into passages again costs more than reading it from the index, and the stories in the news
     * are asked about again and again: the passages are kept by the stored article itself, so an article replaced in
     * the index is cut anew.
     */
    public ArticleSentences(ArticleCatalog catalog, Chunker chunker) {
        this(
                catalog,
                chunker,
                Caffeine.newBuilder()
                        .maximumWeight(CACHED_CHARACTERS)
                        .<Article, List<Chunk>>weigher(
                                (article, passages) -> article.text().length())
                        .build());
    }

    private ArticleSentences(ArticleCatalog catalog, Chunker chunker, Cache<Article, List<Chunk>> passages) {
        this(catalog::article, article -> passages.get(article, a -> List.copyOf(chunker.chunk(a))));
    }

    private ArticleSentences(Function<String, Optional<Article>> articleOf, Function<Article, List<Chunk>> passagesOf) {
        this.articleOf = articleOf;
        this.passagesOf = passagesOf;
    }

    /** No article beyond the retrieved passages: for an answer step given nothing but its evidence. */
    public static ArticleSentences none() {
        return NONE;
    }

    /** A look-up for one question, which reads each article once however often it is asked about. Not thread-safe. */
    public Lookup lookup() {
        return new Lookup();
    }

    /** @see #lookup() */
    public final class Lookup {
        private final Map<String, Optional<Article>> articles = new HashMap<>();
        private final Map<String, List<Span>> paragraphsByArticle = new HashMap<>();
        private final Map<String, List<Located>> sentencesByArticle = new HashMap<>();

        private Lookup() {}

        /**
         * The indexed sentence just before the one that starts at {@code start} (a paragraph earlier, when that one
         * opens its paragraph); empty when it opens the article or the article is not in the index.
         */
        public Optional<Located> before(String articleId, int start) {
            Located previous = null;
            for (Located sentence : sentences(articleId)) {
                if (sentence.span().start() >= start) {
                    break;
                }
                previous = sentence;
            }
            return Optional.ofNullable(previous);
        }

        /**
         * The paragraph just before the one that starts at {@code start}, as the article writes it, indexed or not: a
         * heading the index leaves out ("Maine" above a digest's brief); empty when {@code start} opens no paragraph
         * or the first of the body.
         */
        public Optional<String> paragraphBefore(String articleId, int start) {
            return article(articleId).flatMap(article -> {
                Span previous = null;
                List<Span> paragraphs = paragraphsByArticle.computeIfAbsent(
                        articleId, id -> Paragraphs.of(article.text(), article.bodyStart()));
                for (Span paragraph : paragraphs) {
                    if (paragraph.start() == start) {
                        return Optional.ofNullable(previous).map(p -> p.of(article.text()));
                    }
                    if (paragraph.start() > start) {
                        break;
                    }
                    previous = paragraph;
                }
                return Optional.empty();
            });
        }

        /** The article's text as stored, its title and date lines among it; empty when it is not in the index. */
        public Optional<String> text(String articleId) {
            return article(articleId).map(Article::text);
        }

        private Optional<Article> article(String articleId) {
            return articles.computeIfAbsent(articleId, articleOf);
        }

        /** Every indexed sentence of the article in reading order, each once, in the first passage that holds it. */
        public List<Located> sentences(String articleId) {
            return sentencesByArticle.computeIfAbsent(articleId, id -> {
                List<Located> sentences = new ArrayList<>();
                Set<Span> seen = new HashSet<>();
                for (Chunk passage : article(id).map(passagesOf).orElse(List.of())) {
                    for (Span span : passage.sentences()) {
                        if (seen.add(span)) {
                            sentences.add(new Located(passage, span));
                        }
                    }
                }
                sentences.sort(
                        (a, b) -> Integer.compare(a.span().start(), b.span().start()));
                return List.copyOf(sentences);
            });
        }
    }

    /** A sentence of an article and the passage (chunk) the index holds it in. */
    public record Located(Chunk passage, Span span) {
        public String text() {
            return passage.sentenceText(span);
        }
    }
}
