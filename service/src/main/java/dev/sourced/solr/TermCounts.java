package dev.sourced.solr;

import dev.sourced.index.IndexSchema;
import dev.sourced.retrieval.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;

/**
 * Counts, inside any query request, the chunk documents of the whole collection and how many of them hold each of a
 * list of terms, for BM25's idf: so a search returns the statistics of its terms from the searchers that found its
 * hits, with no request of its own.
 *
 * <p>A JSON query facet whose domain is a {@code query} replaces its parent domain, the main query and every filter
 * query included, by the documents that query matches: here every chunk. A classic {@code facet.query} would count
 * only the documents the search matched, inside its filters (a publication period), and give the wrong document
 * frequencies. Each shard counts on the searcher it searches with and the counts are summed. Solr keeps each term's
 * documents in the searcher's filterCache, which lives until the next commit opens a new searcher: a term asked
 * about again in the same index generation is counted from the cache.
 */
final class TermCounts {
    private static final String CHUNKS = "chunks";

    private TermCounts() {}

    /** Adds to {@code query} the counting of {@code terms}, each the text field's term, by position. */
    static SolrQuery request(SolrQuery query, List<String> terms) {
        if (terms.isEmpty()) {
            return query;
        }
        StringBuilder facet = new StringBuilder("{\"")
                .append(CHUNKS)
                .append("\":{\"type\":\"query\",\"q\":\"*:*\",\"domain\":{\"query\":\"")
                .append(IndexSchema.TYPE)
                .append(':')
                .append(IndexSchema.TYPE_CHUNK)
                .append("\"},\"facet\":{");
        for (int i = 0; i < terms.size(); i++) {
            // The term travels as a parameter of its own, so that nothing in it is read as JSON or query syntax.
            query.set(param(i), terms.get(i));
            facet.append(i == 0 ? "" : ",")
                    .append("\"df")
                    .append(i)
                    .append("\":{\"type\":\"query\",\"q\":\"{!term f=")
                    .append(IndexSchema.TEXT)
                    .append(" v=$")
                    .append(param(i))
                    .append("}\"}");
        }
        query.set("json.facet", facet.append("}}}").toString());
        return query;
    }

    /** The idf of each of {@code terms}, by term, from the counts {@link #request} added to a query's response. */
    static Map<String, Double> idf(QueryResponse response, List<String> terms) {
        if (terms.isEmpty()) {
            return Map.of();
        }
        NestableJsonFacet facets = response.getJsonFacetingResponse();
        NestableJsonFacet chunks = facets == null ? null : facets.getQueryFacet(CHUNKS);
        if (chunks == null) {
            throw new IllegalStateException("Solr returned no term counts");
        }
        long n = chunks.getCount();
        Map<String, Double> idf = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            // An empty collection leaves the per-term buckets out.
            NestableJsonFacet df = chunks.getQueryFacet("df" + i);
            idf.put(terms.get(i), Vocabulary.idf(n, df == null ? 0 : df.getCount()));
        }
        return idf;
    }

    private static String param(int i) {
        return "term" + i;
    }
}
