package dev.sourced.retrieval;

import dev.sourced.index.IndexSchema;
import dev.sourced.index.LuceneIndex;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/** {@link Vocabulary} over the Lucene index: its English analyser and BM25's idf over chunk documents. */
public final class LuceneVocabulary implements Vocabulary {
    private final LuceneIndex index;
    private final TermAnalysis analysis;

    public LuceneVocabulary(LuceneIndex index) {
        this.index = index;
        this.analysis = new TermAnalysis(index.analyzer());
    }

    @Override
    public List<String> terms(String text) {
        return analysis.terms(text);
    }

    @Override
    public Map<String, Double> idf(Collection<String> terms) {
        return index.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            long n = reader.getDocCount(IndexSchema.TEXT);
            Map<String, Double> idf = new LinkedHashMap<>();
            for (String term : terms) {
                idf.put(term, Vocabulary.idf(n, reader.docFreq(new Term(IndexSchema.TEXT, term))));
            }
            return idf;
        });
    }
}
