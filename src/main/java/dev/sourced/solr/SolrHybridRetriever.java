package dev.sourced.solr;

import dev.sourced.index.IndexSchema;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.StoredChunk;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.HybridFusion;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Period;
import dev.sourced.retrieval.RankFusion;
import dev.sourced.retrieval.Retriever;
import dev.sourced.retrieval.SearchRequest;
import dev.sourced.retrieval.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;

/**
 * Hybrid retrieval on SolrCloud: a BM25 query of the question's analysed terms (each a term query, so nothing is
 * parsed as query syntax and the terms are the ones the embedded index would search) and a {@code {!knn}} query,
 * both handed to the same {@link HybridFusion} as the embedded retriever's lists; then a real-time get by id (routed
 * straight to the shards that hold them, with no scoring phase) loads the fused top k. Scores compare across shards because the collection uses exact distributed statistics.
 */
public final class SolrHybridRetriever implements Retriever {
    private final SolrArticleStore store;
    private final IndexStatus status;
    private final Vocabulary vocabulary;
    private final HybridFusion fusion;
    private final ExecutorService requests;

    /** @param requests runs the kNN request beside the BM25 one; its owner closes it */
    public SolrHybridRetriever(SolrArticleStore store, IndexStatus status, Vocabulary vocabulary, HybridFusion fusion,
            ExecutorService requests) {
        this.store = store;
        this.status = status;
        this.vocabulary = vocabulary;
        this.fusion = fusion;
        this.requests = requests;
    }

    @Override
    public List<Hit> retrieve(SearchRequest request) {
        status.requireReady();
        int perList = fusion.perList(request.k());
        // The two lists are independent requests to the cluster: in hybrid mode the kNN one runs beside the BM25 one
        // instead of after it, so the answer waits for one network round trip rather than two.
        Future<List<RankFusion.Scored>> vectorList = request.mode() == Mode.BM25 ? null
                : requests.submit(() -> knn(request.vector(), perList, request.published()));
        Map<String, List<RankFusion.Scored>> lists = new LinkedHashMap<>();
        if (request.mode() != Mode.VECTOR) {
            lists.put(HybridFusion.BM25, bm25(request.text(), perList, request.published()));
        }
        if (vectorList != null) {
            lists.put(HybridFusion.VECTOR, join(vectorList));
        }
        List<RankFusion.Fused> top = fusion.top(lists, request.k());
        Map<String, StoredChunk> chunks = load(top.stream().map(RankFusion.Fused::id).toList());
        List<Hit> hits = new ArrayList<>(top.size());
        for (RankFusion.Fused fused : top) {
            StoredChunk chunk = chunks.get(fused.id());
            // The get reads the newest version: a chunk removed between the ranking and the load is skipped, one
            // rewritten in between is shown as it now reads (still whole, and still its article's text).
            if (chunk != null) {
                hits.add(new Hit(chunk.chunk(), chunk.title(), chunk.date(), fused.score(), fused.lists(),
                        chunk.sentenceVectors()));
            }
        }
        return hits;
    }

    private static List<RankFusion.Scored> join(Future<List<RankFusion.Scored>> list) {
        try {
            return list.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while searching", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Keeps passages published in the period or undated (indexed as {@link IndexSchema#UNDATED}). */
    private static SolrQuery publishedIn(SolrQuery query, Period period) {
        if (!period.isAny()) {
            String from = period.from() == null ? String.valueOf(IndexSchema.UNDATED + 1)
                    : String.valueOf(period.from().toEpochDay());
            String to = period.to() == null ? "*" : String.valueOf(period.to().toEpochDay());
            query.addFilterQuery(IndexSchema.PUBLISHED_DAY + ":[" + from + " TO " + to + "] OR "
                    + IndexSchema.PUBLISHED_DAY + ":[* TO " + IndexSchema.UNDATED + "]");
        }
        return query;
    }

    private List<RankFusion.Scored> bm25(String text, int rows, Period published) {
        List<String> terms = vocabulary.terms(text).stream().distinct().toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        SolrQuery query = new SolrQuery();
        StringBuilder bool = new StringBuilder("{!bool");
        for (int i = 0; i < terms.size(); i++) {
            bool.append(" should=$t").append(i);
            query.set("t" + i, "{!term f=" + IndexSchema.TEXT + "}" + terms.get(i));
        }
        query.setQuery(bool.append('}').toString());
        return ranked("search passages", publishedIn(query, published), rows, false);
    }

    private List<RankFusion.Scored> knn(float[] vector, int rows, Period published) {
        StringBuilder knn = new StringBuilder("{!knn f=").append(IndexSchema.VECTOR).append(" topK=")
                .append(fusion.knnDepth(rows)).append("}[");
        for (int i = 0; i < vector.length; i++) {
            knn.append(i == 0 ? "" : ",").append(vector[i]);
        }
        return ranked("search passage vectors", publishedIn(new SolrQuery(knn.append(']').toString()), published), rows,
                true);
    }

    private List<RankFusion.Scored> ranked(String what, SolrQuery query, int rows, boolean cosine) {
        query.setFields("id", "score").setRows(rows);
        List<RankFusion.Scored> items = new ArrayList<>();
        for (SolrDocument doc : store.query(what, query).getResults()) {
            double score = ((Number) doc.getFirstValue("score")).floatValue();
            items.add(new RankFusion.Scored((String) doc.getFirstValue("id"), cosine ? HybridFusion.cosine(score) : score));
        }
        return items;
    }

    private Map<String, StoredChunk> load(List<String> ids) {
        Map<String, StoredChunk> chunks = new HashMap<>();
        if (ids.isEmpty()) {
            return chunks;
        }
        for (SolrDocument doc : store.getByIds("load passages", ids, SolrArticleStore.CHUNK_FIELDS)) {
            chunks.put((String) doc.getFirstValue("id"), store.chunk(doc));
        }
        return chunks;
    }
}
