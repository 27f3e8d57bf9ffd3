package dev.sourced.answer;

/**
 * How sentences are scored and when the evidence is strong enough to answer. The weights and thresholds were set
 * on the bundled evaluation set as a whole (see docs/evaluation.md) and are configuration, not constants, so a
 * deployment can recalibrate on its own questions.
 *
 * @param cosineWeight weight of the question-sentence cosine in a sentence's score
 * @param coverageWeight weight of the sentence's idf-weighted coverage of the question's terms
 * @param typeWeight weight of how well placed the answer phrase of a typed question is (0 to 2)
 * @param minContextCoverage least share of the question's information an answering sentence's passage must contain
 * @param minScore least score of an answering sentence
 * @param strongScore least score of a sentence whose passage may hold less of the question's information
 * @param strongMinContextCoverage least share of the question's information the passage of a sentence scoring
 *     {@code strongScore} must contain
 * @param companionMargin how far below the best a further sentence may score and still be quoted
 * @param companionGain least share of the question's information a further sentence must add
 * @param minAskedCosine least cosine between a follow-up's asking sentence and a sentence (or the one before it) that
 *     carries what it newly asks in other words
 */
public record EvidencePolicy(
        double cosineWeight,
        double coverageWeight,
        double typeWeight,
        double minContextCoverage,
        double minScore,
        double strongScore,
        double strongMinContextCoverage,
        double companionMargin,
        double companionGain,
        double minAskedCosine) {

    public EvidencePolicy {
        if (strongScore < minScore || strongMinContextCoverage > minContextCoverage) {
            throw new IllegalArgumentException("strong-score must be at least min-score and strong-min-context-coverage"
                    + " at most min-context-coverage: a strong sentence's bar is lower on the passage, not higher");
        }
    }

    /**
     * Coverage counts half for the sentence alone and half as evidence coverage (the question's names anywhere in
     * the passage, the rest around the sentence: {@link QuestionTerms#evidenceCoverage}), since a reply often names
     * its subject earlier ("He also urged…"); a typed answer phrase adds by how well it is placed (0 to 2).
     * Lower-ranked passages lose a little.
     */
    double score(double cosine, double coverage, double evidenceCoverage, double answerQuality, int hitRank) {
        return cosineWeight * cosine
                + coverageWeight * (coverage + evidenceCoverage) / 2
                + typeWeight * answerQuality
                - 0.01 * hitRank;
    }

    /**
     * Whether a sentence is strong enough evidence to answer from (the best one, and any other quoted beside it or
     * instead of it, as newer or as disagreeing): it scores {@code minScore} and its passage holds
     * {@code minContextCoverage} of the question's information, or less but {@code strongMinContextCoverage} when the
     * sentence itself scores {@code strongScore}: a search snippet is a sentence or two, with little of the story
     * around the sentence that answers.
     */
    boolean supports(ExtractiveAnswerGenerator.Candidate best) {
        return supports(best.contextCoverage(), best.score());
    }

    boolean supports(double contextCoverage, double score) {
        return score >= minScore
                && (contextCoverage >= minContextCoverage
                        || score >= strongScore && contextCoverage >= strongMinContextCoverage);
    }
}
