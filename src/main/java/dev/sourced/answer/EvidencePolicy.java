package dev.sourced.answer;

/**
 * How sentences are scored and when the evidence is strong enough to answer. The weights and thresholds were set
 * on the bundled evaluation set as a whole (see docs/evaluation.md) and are configuration, not constants, so a
 * deployment can recalibrate on its own questions.
 *
 * @param cosineWeight weight of the question-sentence cosine in a sentence's score
 * @param coverageWeight weight of the sentence's idf-weighted coverage of the question's terms
 * @param typeWeight bonus for holding the asked-for type (a number for "how many")
 * @param minContextCoverage least share of the question's information the best sentence's passage must contain
 * @param minScore least score of the best sentence
 * @param companionMargin how far below the best a further sentence may score and still be quoted
 * @param companionGain least share of the question's information a further sentence must add
 */
public record EvidencePolicy(double cosineWeight, double coverageWeight, double typeWeight, double minContextCoverage,
        double minScore, double companionMargin, double companionGain) {

    /**
     * Coverage counts half for the sentence alone and half for it with the sentence before it, since a reply often
     * names its subject one sentence earlier ("He also urged…"). Lower-ranked passages lose a little.
     */
    double score(double cosine, double coverage, double windowCoverage, AnswerType type, boolean typed,
            int hitRank) {
        double typeBonus = type == AnswerType.ANY ? 0 : (typed ? typeWeight : 0);
        return cosineWeight * cosine + coverageWeight * (coverage + windowCoverage) / 2 + typeBonus - 0.01 * hitRank;
    }

    boolean supports(ExtractiveAnswerGenerator.Candidate best) {
        return best.contextCoverage() >= minContextCoverage && best.score() >= minScore;
    }
}
