package dev.sourced.retrieval;

import dev.sourced.index.IndexSchema;
import dev.sourced.index.LuceneIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;

/** {@link Vocabulary} over the Lucene index: its English analyser and BM25's idf over chunk documents. */
public final class LuceneVocabulary implements Vocabulary {
    private final LuceneIndex index;

    public LuceneVocabulary(LuceneIndex index) {
        this.index = index;
    }

    @Override
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = index.analyzer().tokenStream(IndexSchema.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    public double idf(String term) {
        return index.withSearcher(searcher -> {
            long n = Math.max(1, searcher.getIndexReader().getDocCount(IndexSchema.TEXT));
            long df = searcher.getIndexReader().docFreq(new Term(IndexSchema.TEXT, term));
            return Math.log(1 + (n - df + 0.5) / (df + 0.5));
        });
    }
}
