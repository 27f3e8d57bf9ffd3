package dev.sourced.answer;

import dev.sourced.corpus.Span;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.Search;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The retrieved passages that can hold an answer at all: those with a sentence that states a fact and meets the
 * question's constraints ({@link EvidenceReader#meetsConstraints}). The language model is given only these, so the
 * checks that keep the extractive answer from quoting the 2018 prize for the 2019 one, or a 2013 typhoon for this
 * week's, keep the model from it too.
 */
final class ConstrainedPassages {
    private ConstrainedPassages() {}

    /** The hits of {@code evidence} in which some sentence meets the question's constraints, in their order. */
    static List<Hit> of(Search.Result evidence) {
        return of(evidence, EvidenceReader.of(evidence));
    }

    /**
     * The hits of {@code evidence} in which some sentence meets the question's constraints as {@code reader} reads them
     * (the extractive generator's, which looks up a name that sets the scene in the whole article), in their order.
     */
    static List<Hit> of(Search.Result evidence, EvidenceReader reader) {
        Map<String, String> retrievedText = retrievedTextByArticle(evidence.hits());
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : evidence.hits()) {
            String previous = "";
            for (Span span : hit.chunk().sentences()) {
                String sentence = hit.chunk().sentenceText(span);
                if (!NonEvidence.isNonEvidence(sentence)
                        && reader.meetsConstraints(
                                sentence, previous, hit.title(), retrievedText.get(hit.articleId()), hit.date())) {
                    kept.add(hit);
                    break;
                }
                previous = sentence;
            }
        }
        return kept;
    }

    /**
     * What was retrieved of each article, its passages in retrieval order: a story names its subject once, in a
     * passage other than the one that answers.
     */
    static Map<String, String> retrievedTextByArticle(List<Hit> hits) {
        Map<String, StringBuilder> text = new HashMap<>();
        for (Hit hit : hits) {
            text.computeIfAbsent(hit.articleId(), id -> new StringBuilder())
                    .append(hit.chunk().text())
                    .append('\n');
        }
        Map<String, String> byArticle = new HashMap<>();
        text.forEach((id, t) -> byArticle.put(id, t.toString()));
        return byArticle;
    }
}
