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
 */
public record EvidencePolicy(double cosineWeight, double coverageWeight, double typeWeight, double minContextCoverage,
        double minScore, double companionMargin) {

    double score(double cosine, double coverage, AnswerType type, boolean typed, int hitRank) {
        double typeBonus = type == AnswerType.ANY ? 0 : (typed ? typeWeight : 0);
        return cosineWeight * cosine + coverageWeight * coverage + typeBonus - 0.01 * hitRank;
    }

    boolean supports(ExtractiveAnswerGenerator.Candidate best) {
        return best.typed() && best.contextCoverage() >= minContextCoverage && best.score() >= minScore;
    }
}
