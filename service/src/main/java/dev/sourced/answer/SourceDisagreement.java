package dev.sourced.answer;

import dev.sourced.answer.ExtractiveAnswerGenerator.Candidate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the articles that answer a typed question with different values: each article speaks through its best
 * sentence that answers, and an article counts when that sentence meets the question's constraints, scores as a
 * companion of the best one would (within the policy's companion margin), and reports the same thing as the best
 * sentence otherwise, sharing most of its words (a copy with the value changed, an outlet's rewrite). Wordings of one
 * value agree ({@link AnswerValue}).
 *
 * <p>A sentence that meets the question holds several values, and the one read as the answer is a reading: "Reuters
 * reported April 2 that Neiman Marcus…" beside "Neiman Marcus is carrying nearly $5 billion in debt", a team's record
 * "(10-2)" beside a game's score, a heat index of 120 beside a run of 41 days. Two sentences that tell different
 * things give different values without disagreeing, so only a restatement is a disagreeing source, for a name as for a
 * number, an amount, a percentage, a score or a date.
 */
final class SourceDisagreement {
    /** The share of the shorter sentence's words, its answer aside, that a restatement repeats. */
    private static final double RESTATED_SHARE = 0.6;

    private SourceDisagreement() {}

    /**
     * The best sentence, then one sentence of each other article whose value differs from every value before it,
     * best score first; just the best sentence when the sources agree.
     */
    static List<Candidate> among(
            List<Candidate> ranked, Candidate best, AnswerType type, EvidencePolicy policy, EvidenceReader reader) {
        List<Candidate> sources = new ArrayList<>(List.of(best));
        if (!type.isTyped() || best.reading().answer() == null) {
            return sources;
        }
        List<AnswerValue> values = new ArrayList<>(
                List.of(AnswerValue.of(type, best.reading().answer().text())));
        Set<String> spoken = new HashSet<>(Set.of(best.hit().articleId()));
        for (Candidate c : ranked) {
            if (c.score() < best.score() - policy.companionMargin()) {
                break;
            }
            if (spoken.contains(c.hit().articleId())
                    || !c.reading().usable(type)
                    || c.reading().answer() == null
                    || !policy.supports(c)) {
                continue;
            }
            spoken.add(c.hit().articleId());
            AnswerValue value = AnswerValue.of(type, c.reading().answer().text());
            if (values.stream().noneMatch(value::agreesWith) && restates(best, c, reader)) {
                values.add(value);
                sources.add(c);
            }
        }
        return sources;
    }

    /**
     * Whether two sentences report the same thing, their answers and the question's own words aside (every sentence
     * that meets the question repeats those): most of the shorter one's other words recur. Two sentences that say
     * nothing but the question's words and their values ("On Thursday, 71 South Koreans were in the region.") restate
     * the question alike, as does one beside a sentence that adds a single word; one that adds more ("won the junior
     * race") may tell of another thing.
     */
    static boolean restates(Candidate a, Candidate b, EvidenceReader reader) {
        Set<String> x = wordsBesideAnswer(a, reader);
        Set<String> y = wordsBesideAnswer(b, reader);
        if (x.isEmpty() || y.isEmpty()) {
            return x.size() + y.size() <= 1;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return shared.size() >= RESTATED_SHARE * Math.min(x.size(), y.size());
    }

    private static Set<String> wordsBesideAnswer(Candidate c, EvidenceReader reader) {
        Phrase answer = c.reading().answer();
        String text = c.text().substring(0, answer.start()) + " " + c.text().substring(answer.end());
        Set<String> words = new HashSet<>();
        for (Phrase w : Words.of(text)) {
            if (!Words.isClosedClass(w.text()) && !reader.isGiven(w.text())) {
                words.add(Words.base(w.text()));
            }
        }
        return words;
    }
}
