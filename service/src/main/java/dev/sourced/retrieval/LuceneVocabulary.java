package dev.sourced.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sourced.index.IndexSchema;
import dev.sourced.index.LuceneIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * {@link Vocabulary} over the Lucene index: its English analyser and BM25's idf over chunk documents. A term's idf
 * changes only when the index does, so it is kept per index version: a question's words cost a map look-up once
 * they have been asked about since the last commit.
 */
public final class LuceneVocabulary implements Vocabulary {
    /** Terms kept per index version; past that the least recently asked go. */
    private static final int CACHED_TERMS = 50_000;

    private final LuceneIndex index;
    private final TermAnalysis analysis;
    private volatile Generation generation = new Generation(-1, newCache());

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
        return index.withSearcher(searcher -> idf(searcher.getIndexReader(), terms));
    }

    /** The idf of {@code terms} as {@code reader}, a snapshot of this index, counts them. */
    Map<String, Double> idf(IndexReader reader, Collection<String> terms) throws IOException {
        Cache<String, Double> cache = generationOf(((DirectoryReader) reader).getVersion());
        long n = reader.getDocCount(IndexSchema.TEXT);
        Map<String, Double> idf = new LinkedHashMap<>();
        for (String term : terms) {
            idf.put(term, cache.get(term, t -> Vocabulary.idf(n, docFreq(reader, t))));
        }
        return idf;
    }

    private Cache<String, Double> generationOf(long version) {
        Generation current = generation;
        if (current.version() != version) {
            current = new Generation(version, newCache());
            generation = current;
        }
        return current.idf();
    }

    private static int docFreq(IndexReader reader, String term) {
        try {
            return reader.docFreq(new Term(IndexSchema.TEXT, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cache<String, Double> newCache() {
        return Caffeine.newBuilder().maximumSize(CACHED_TERMS).build();
    }

    /** The idf of terms in one version of the index. */
    private record Generation(long version, Cache<String, Double> idf) {}
}
