package dev.sourced.answer;

import dev.sourced.retrieval.Hit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each citation of an answer its article's publication date, outlet, original address and author, from the
 * passages the answer was drawn from. Done once after any generator, so that neither generator has to carry them and
 * every surface shows the same.
 */
public final class CitationDetails {
    private CitationDetails() {}

    /** {@code answer} with its citations told about their articles; citations of articles not in {@code hits} as they are. */
    public static Answer of(Answer answer, List<Hit> hits) {
        if (answer.citations().isEmpty()) {
            return answer;
        }
        Map<String, Hit> byArticle = new HashMap<>();
        for (Hit hit : hits) {
            byArticle.putIfAbsent(hit.articleId(), hit);
        }
        // A copy of a shown story (left out of the list, carried on the hit shown for it) is told about too.
        for (Hit hit : hits) {
            hit.copies().forEach(copy -> byArticle.putIfAbsent(copy.articleId(), copy));
        }
        return answer.withCitations(answer.citations().stream()
                .map(c -> {
                    Hit hit = byArticle.get(c.source());
                    return hit == null ? c : c.withArticle(hit.date(), hit.provenance());
                })
                .toList());
    }
}
