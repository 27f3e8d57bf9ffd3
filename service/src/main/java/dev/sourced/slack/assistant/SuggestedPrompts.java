package dev.sourced.slack.assistant;

import com.slack.api.model.assistant.SuggestedPrompt;
import dev.sourced.index.ArticleCatalog;
import dev.sourced.index.IndexedArticle;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The prompts an assistant thread opens with: one for each of the {@value #COUNT} newest articles with a title of
 * their own (copies of one story share a title and give one prompt), asking what the articles say about it. Drawn from
 * the index's catalog each time, so they follow the corpus as articles are added; articles without a date come last.
 */
public final class SuggestedPrompts {
    static final int COUNT = 3;
    /** Slack shows a prompt's title on a button; a headline is cut to fit at a word. */
    private static final int LABEL_CHARS = 40;

    private static final Comparator<IndexedArticle> NEWEST_FIRST = Comparator.comparing(
                    IndexedArticle::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(IndexedArticle::id, Comparator.reverseOrder());

    private final ArticleCatalog catalog;

    public SuggestedPrompts(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    /** At most {@value #COUNT} prompts, the newest article's first; fewer when the corpus has fewer titles. */
    public List<SuggestedPrompt> newest() {
        Set<String> seen = new HashSet<>();
        return catalog.articles().values().stream()
                .sorted(NEWEST_FIRST)
                .map(a -> a.title() == null ? "" : a.title().strip())
                .filter(title -> !title.isEmpty() && seen.add(title.toLowerCase(Locale.ROOT)))
                .limit(COUNT)
                .map(SuggestedPrompts::prompt)
                .toList();
    }

    static SuggestedPrompt prompt(String title) {
        return SuggestedPrompt.builder()
                .title(label(title))
                .message("What do the articles say about \"" + title + "\"?")
                .build();
    }

    static String label(String title) {
        return AssistantThreads.cutAtWord(title, LABEL_CHARS);
    }
}
