package dev.sourced.reader;

import dev.sourced.corpus.Article;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the reader page shows of one article: its title, date and provenance (each {@code null} when the article does
 * not give it) and its body as paragraphs with the highlighted passages marked.
 *
 * @param anchor the id of the first mark, which a reader link names as its fragment
 */
public record ArticlePage(
        String id,
        String title,
        LocalDate date,
        String outlet,
        String originalUrl,
        String author,
        List<MarkedParagraphs.Paragraph> paragraphs,
        String anchor) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public ArticlePage {
        paragraphs = List.copyOf(paragraphs);
    }

    static ArticlePage of(Article article, List<MarkedParagraphs.Paragraph> paragraphs, String anchor) {
        return new ArticlePage(
                article.id(),
                article.title(),
                article.date(),
                article.provenance().outlet(),
                article.provenance().url(),
                article.provenance().author(),
                paragraphs,
                anchor);
    }

    /** The date as a person reads it: "3 June 2024". */
    public String day() {
        return date == null ? null : DAY.format(date);
    }
}
