package dev.sourced.answer;

import dev.sourced.retrieval.Search;
import dev.sourced.retrieval.Vocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires the answer generators from configuration. */
@ApplicationScoped
public class AnswerBeans {
    @Produces
    @ApplicationScoped
    ExtractiveAnswerGenerator extractive(Vocabulary vocabulary, AnswerConfig config) {
        AnswerConfig.Extractive e = config.extractive();
        return new ExtractiveAnswerGenerator(new QuestionTerms(vocabulary), new EvidencePolicy(e.cosineWeight(),
                e.coverageWeight(), e.typeWeight(), e.minContextCoverage(), e.minScore(), e.companionMargin(),
                e.companionGain()));
    }

    @Produces
    @ApplicationScoped
    Asker asker(Search search, ExtractiveAnswerGenerator extractive) {
        return new Asker(search, extractive);
    }
}
