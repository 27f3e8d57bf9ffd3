package dev.sourced.solr;

import dev.sourced.index.IndexSchema;
import dev.sourced.retrieval.TermAnalysis;
import dev.sourced.retrieval.Vocabulary;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * {@link Vocabulary} over a SolrCloud collection: the same English analyser its schema names, run here, and document
 * frequencies counted by the cluster over every shard in one request ({@link TermCounts}).
 */
public final class SolrVocabulary implements Vocabulary {
    private final SolrArticleStore store;
    private final TermAnalysis analysis = new TermAnalysis(new EnglishAnalyzer());

    public SolrVocabulary(SolrArticleStore store) {
        this.store = store;
    }

    @Override
    public List<String> terms(String text) {
        return analysis.terms(text);
    }

    /**
     * Counted by a request of its own; a search counts its question's terms with its hits instead (see
     * {@link SolrHybridRetriever}).
     */
    @Override
    public Map<String, Double> idf(Collection<String> terms) {
        List<String> ordered = List.copyOf(new LinkedHashSet<>(terms));
        if (ordered.isEmpty()) {
            return Map.of();
        }
        QueryResponse response = store.query(
                "count term frequencies",
                TermCounts.request(new SolrQuery(IndexSchema.TYPE + ":" + IndexSchema.TYPE_CHUNK).setRows(0), ordered));
        return TermCounts.idf(response, ordered);
    }
}
