package dev.sourced.answer;

import dev.sourced.retrieval.Hit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tells each citation of an answer which other articles publish the same story, from the hits it was drawn from, so
 * that every generator's citations say it alike without knowing about copies.
 */
final class SyndicatedCitations {
    private SyndicatedCitations() {}

    static Answer attach(Answer answer, List<Hit> hits) {
        Map<String, List<String>> others = new HashMap<>();
        for (Hit hit : hits) {
            if (!hit.alsoPublishedBy().isEmpty()) {
                others.putIfAbsent(hit.articleId(), hit.alsoPublishedBy());
                hit.copies().forEach(copy -> others.putIfAbsent(copy.articleId(), othersOf(hit, copy.articleId())));
            }
        }
        if (others.isEmpty()) {
            return answer;
        }
        return answer.withCitations(answer.citations().stream()
                .map(c -> others.containsKey(c.source()) ? c.alsoPublishedBy(others.get(c.source())) : c)
                .toList());
    }

    /** The group of {@code shown} seen from one of its copies: everyone but that copy. */
    private static List<String> othersOf(Hit shown, String copy) {
        return Stream.concat(Stream.of(shown.articleId()), shown.alsoPublishedBy().stream())
                .filter(id -> !id.equals(copy))
                .toList();
    }
}
