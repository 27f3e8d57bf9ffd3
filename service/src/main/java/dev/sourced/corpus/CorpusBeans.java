package dev.sourced.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires the plain corpus classes from configuration. */
@ApplicationScoped
public class CorpusBeans {
    @Produces
    @ApplicationScoped
    SentenceSplitter sentenceSplitter() {
        return new SentenceSplitter();
    }

    @Produces
    @ApplicationScoped
    ArticleParser articleParser(SentenceSplitter splitter) {
        return new ArticleParser(splitter);
    }

    @Produces
    @ApplicationScoped
    CorpusReader corpusReader(ArticleParser parser) {
        return new CorpusReader(parser);
    }

    @Produces
    @ApplicationScoped
    Chunker chunker(SentenceSplitter splitter, CorpusConfig config) {
        return new Chunker(splitter, config.maxSentences(), config.maxChars());
    }
}
