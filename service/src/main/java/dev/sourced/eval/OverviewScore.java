package dev.sourced.eval;

import dev.sourced.answer.Answer;
import dev.sourced.answer.Citation;
import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.corpus.Span;
import dev.sourced.retrieval.Hit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How well an answer to an overview question covers the points the articles make on it: how many of the question's
 * key points (each a set of alternative phrases, any case) the cited sentences state, how many articles they come
 * from, how long the answer is, and how many pairs of cited sentences say the same thing (cosine of their stored
 * vectors above {@link #REDUNDANT}).
 *
 * @param redundantPairs pairs of cited sentences whose vectors are known (sentences of the retrieved passages) that
 *     are closer than {@link #REDUNDANT}
 */
public record OverviewScore(int keyPoints, int covered, int articles, int sentences, int redundantPairs) {
    public static final double REDUNDANT = 0.9;

    /** The score of {@code answer} for {@code keyPoints}; an abstention covers none. */
    public static OverviewScore of(List<List<String>> keyPoints, Answer answer, List<Hit> read) {
        List<Citation> cited = answer.answered() ? answer.citations() : List.of();
        String citedText = String.join(
                "\n", cited.stream().map(c -> c.text().toLowerCase(Locale.ROOT)).toList());
        int covered = (int) keyPoints.stream()
                .filter(point -> point.stream().anyMatch(p -> citedText.contains(p.toLowerCase(Locale.ROOT))))
                .count();
        Set<String> articles = new HashSet<>();
        cited.forEach(c -> articles.add(c.source()));
        String text = answer.answered() ? answer.text().replaceAll("\\s*\\[\\d+]", "") : "";
        int sentences = text.isBlank()
                ? 0
                : new SentenceSplitter().split(text, 0, text.length()).size();
        return new OverviewScore(keyPoints.size(), covered, articles.size(), sentences, redundantPairs(cited, read));
    }

    public double recall() {
        return keyPoints == 0 ? 0 : (double) covered / keyPoints;
    }

    private static int redundantPairs(List<Citation> cited, List<Hit> read) {
        List<float[]> vectors = new ArrayList<>();
        for (Citation c : cited) {
            float[] v = sentenceVector(c, read);
            if (v != null) {
                vectors.add(v);
            }
        }
        int pairs = 0;
        for (int i = 0; i < vectors.size(); i++) {
            for (int j = i + 1; j < vectors.size(); j++) {
                if (Hit.cosine(vectors.get(i), vectors.get(j)) > REDUNDANT) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static float[] sentenceVector(Citation c, List<Hit> read) {
        for (Hit hit : read) {
            if (!hit.articleId().equals(c.source())) {
                continue;
            }
            List<Span> sentences = hit.chunk().sentences();
            for (int i = 0; i < sentences.size(); i++) {
                if (sentences.get(i).start() == c.start() && sentences.get(i).end() == c.end()) {
                    return hit.sentenceVectors().get(i);
                }
            }
        }
        return null;
    }
}
