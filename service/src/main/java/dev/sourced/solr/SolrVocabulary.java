package dev.sourced.solr;

import dev.sourced.index.IndexSchema;
import dev.sourced.retrieval.TermAnalysis;
import dev.sourced.retrieval.Vocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * {@link Vocabulary} over a SolrCloud collection: the same English analyser its schema names, run here, and document
 * frequencies counted by the cluster over every shard in one request (a facet query per term).
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

    @Override
    public Map<String, Double> idf(Collection<String> terms) {
        List<String> ordered = new ArrayList<>(terms);
        if (ordered.isEmpty()) {
            return Map.of();
        }
        SolrQuery query = new SolrQuery(IndexSchema.TYPE + ":" + IndexSchema.TYPE_CHUNK)
                .setRows(0)
                .setFacet(true);
        for (int i = 0; i < ordered.size(); i++) {
            query.addFacetQuery("{!term f=" + IndexSchema.TEXT + " key=t" + i + "}" + ordered.get(i));
        }
        QueryResponse response = store.query("count term frequencies", query);
        long n = response.getResults().getNumFound();
        Map<String, Integer> counts = response.getFacetQuery() == null ? Map.of() : response.getFacetQuery();
        Map<String, Double> idf = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            idf.put(ordered.get(i), Vocabulary.idf(n, counts.getOrDefault("t" + i, 0)));
        }
        return idf;
    }
}
