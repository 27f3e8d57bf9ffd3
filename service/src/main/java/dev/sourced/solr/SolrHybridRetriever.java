package dev.sourced.solr;

import dev.sourced.corpus.Chunk;
import dev.sourced.index.IndexSchema;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.VectorCodec;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.HybridFusion;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Period;
import dev.sourced.retrieval.RankFusion;
import dev.sourced.retrieval.RankedList;
import dev.sourced.retrieval.Retriever;
import dev.sourced.retrieval.SearchRequest;
import dev.sourced.retrieval.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Hybrid retrieval on SolrCloud: a BM25 query of the question's analysed terms (each a term query, so nothing is
 * parsed as query syntax and the terms are the ones the embedded index would search) and a {@code {!knn}} query,
 * both handed to the same {@link HybridFusion} as the embedded retriever's lists; then a real-time get by id (routed
 * straight to the shards that hold them, with no scoring phase) loads the fused top k. Scores compare across shards
 * because the collection uses exact distributed statistics. The BM25 request also counts the idf of the question's
 * terms ({@link TermCounts}), so that answering needs no statistics request of its own.
 */
public final class SolrHybridRetriever implements Retriever {
    private static final String CHUNK_FIELDS = String.join(
            ",",
            "id",
            IndexSchema.ARTICLE_ID,
            IndexSchema.CHUNK_ID,
            IndexSchema.TITLE,
            IndexSchema.DATE,
            IndexSchema.OUTLET,
            IndexSchema.URL,
            IndexSchema.AUTHOR,
            IndexSchema.START,
            IndexSchema.END,
            IndexSchema.TEXT,
            IndexSchema.SENTENCE_SPANS,
            IndexSchema.SENTENCE_VECTORS);
    private final SolrArticleStore store;
    private final IndexStatus status;
    private final Vocabulary vocabulary;
    private final HybridFusion fusion;
    private final ExecutorService requests;

    /** @param requests runs the kNN request beside the BM25 one; its owner closes it */
    public SolrHybridRetriever(
            SolrArticleStore store,
            IndexStatus status,
            Vocabulary vocabulary,
            HybridFusion fusion,
            ExecutorService requests) {
        this.store = store;
        this.status = status;
        this.vocabulary = vocabulary;
        this.fusion = fusion;
        this.requests = requests;
    }

    @Override
    public List<Hit> retrieve(SearchRequest request) {
        return retrieveWithTerms(request).hits();
    }

    /**
     * The hits, and the idf of the request's terms counted in the BM25 request that searched them ({@link
     * TermCounts}): the same searchers, and no request of their own. When no BM25 request is sent (vector mode, or a
     * question without a searchable term), the kNN request counts them.
     */
    @Override
    public Retrieved retrieveWithTerms(SearchRequest request) {
        status.requireReady();
        int perList = fusion.perList(request.k());
        List<String> terms =
                vocabulary.terms(request.text()).stream().distinct().toList();
        List<String> counted = vocabulary.distinctTerms(request.text(), request.counted());
        boolean vectorOnly = request.mode() == Mode.VECTOR;
        boolean bm25Counts = !vectorOnly && !terms.isEmpty();
        // The two lists are independent requests to the cluster: in hybrid mode the kNN one runs beside the BM25 one
        // instead of after it, so the answer waits for one network round trip rather than two.
        Future<Ranked> vectorList = request.mode() == Mode.BM25
                ? null
                : requests.submit(
                        () -> knn(request.vector(), perList, request.published(), bm25Counts ? List.of() : counted));
        List<RankedList<String>> lists = new ArrayList<>(2);
        Map<String, Double> idf = new HashMap<>();
        if (!vectorOnly) {
            Ranked bm25 = bm25(terms, perList, request.published(), counted);
            lists.add(fusion.bm25(bm25.items()));
            idf.putAll(bm25.idf());
        }
        if (vectorList != null) {
            Ranked knn = join(vectorList);
            lists.add(fusion.vector(knn.items()));
            idf.putAll(knn.idf());
        }
        List<RankFusion.Fused<String>> top = fusion.top(lists, request.k());
        Map<String, SolrDocument> chunks =
                load(top.stream().map(RankFusion.Fused::item).toList());
        List<Hit> hits = new ArrayList<>(top.size());
        for (RankFusion.Fused<String> fused : top) {
            SolrDocument chunk = chunks.get(fused.item());
            // The get reads the newest version: a chunk removed between the ranking and the load is skipped, one
            // rewritten in between is shown as it now reads (still whole, and still its article's text).
            if (chunk != null) {
                hits.add(hit(chunk, fused));
            }
        }
        return new Retrieved(hits, idf);
    }

    /** One ranked list, and the idf of the terms its request counted (none when it counted none). */
    private record Ranked(List<RankFusion.Scored<String>> items, Map<String, Double> idf) {}

    private static <T> T join(Future<T> list) {
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
            String from = period.from() == null
                    ? String.valueOf(IndexSchema.UNDATED + 1)
                    : String.valueOf(period.from().toEpochDay());
            String to = period.to() == null ? "*" : String.valueOf(period.to().toEpochDay());
            query.addFilterQuery(IndexSchema.PUBLISHED_DAY + ":[" + from + " TO " + to + "] OR "
                    + IndexSchema.PUBLISHED_DAY + ":[* TO " + IndexSchema.UNDATED + "]");
        }
        return query;
    }

    /** @param counted terms whose idf the request counts too; it is not sent without {@code terms} */
    private Ranked bm25(List<String> terms, int rows, Period published, List<String> counted) {
        if (terms.isEmpty()) {
            return new Ranked(List.of(), Map.of());
        }
        SolrQuery query = new SolrQuery();
        StringBuilder bool = new StringBuilder("{!bool");
        for (int i = 0; i < terms.size(); i++) {
            bool.append(" should=$t").append(i);
            query.set("t" + i, "{!term f=" + IndexSchema.TEXT + "}" + terms.get(i));
        }
        query.setQuery(bool.append('}').toString());
        return ranked("search passages", publishedIn(query, published), rows, false, counted);
    }

    private Ranked knn(float[] vector, int rows, Period published, List<String> counted) {
        StringBuilder knn = new StringBuilder("{!knn f=")
                .append(IndexSchema.VECTOR)
                .append(" topK=")
                .append(fusion.knnDepth(rows))
                .append("}[");
        for (int i = 0; i < vector.length; i++) {
            knn.append(i == 0 ? "" : ",").append(vector[i]);
        }
        return ranked(
                "search passage vectors",
                publishedIn(new SolrQuery(knn.append(']').toString()), published),
                rows,
                true,
                counted);
    }

    /** @param counted terms whose idf the request counts too */
    private Ranked ranked(String what, SolrQuery query, int rows, boolean cosine, List<String> counted) {
        query.setFields("id", "score").setRows(rows);
        QueryResponse response = store.query(what, TermCounts.request(query, counted));
        List<RankFusion.Scored<String>> items = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            double score = ((Number) doc.getFirstValue("score")).floatValue();
            items.add(new RankFusion.Scored<>(
                    (String) doc.getFirstValue("id"), cosine ? HybridFusion.cosine(score) : score));
        }
        return new Ranked(items, TermCounts.idf(response, counted));
    }

    private Map<String, SolrDocument> load(List<String> ids) {
        Map<String, SolrDocument> chunks = new HashMap<>();
        if (ids.isEmpty()) {
            return chunks;
        }
        for (SolrDocument doc : store.getByIds("load passages", ids, CHUNK_FIELDS)) {
            chunks.put((String) doc.getFirstValue("id"), doc);
        }
        return chunks;
    }

    /** A chunk document read back into a hit. */
    private Hit hit(SolrDocument doc, RankFusion.Fused<String> fused) {
        Chunk chunk = new Chunk(
                (String) doc.getFirstValue(IndexSchema.CHUNK_ID),
                (String) doc.getFirstValue(IndexSchema.ARTICLE_ID),
                intValue(doc, IndexSchema.START),
                intValue(doc, IndexSchema.END),
                (String) doc.getFirstValue(IndexSchema.TEXT),
                VectorCodec.decodeSpans(Binary.of(doc.getFirstValue(IndexSchema.SENTENCE_SPANS))));
        String date = (String) doc.getFirstValue(IndexSchema.DATE);
        return new Hit(
                chunk,
                (String) doc.getFirstValue(IndexSchema.TITLE),
                date == null ? null : LocalDate.parse(date),
                fused.score(),
                fused.lists(),
                VectorCodec.decodeVectors(
                        Binary.of(doc.getFirstValue(IndexSchema.SENTENCE_VECTORS)), store.dimension()),
                SolrArticleStore.provenance(doc));
    }

    private static int intValue(SolrDocument doc, String field) {
        return ((Number) doc.getFirstValue(field)).intValue();
    }
}
