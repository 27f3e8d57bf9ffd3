package dev.sourced.retrieval;

import dev.sourced.index.IndexSchema;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.LuceneIndex;
import dev.sourced.index.StoredChunk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Hybrid retrieval over the embedded Lucene index: a BM25 query built from the question's analysed terms (never
 * parsed as query syntax, so "title:foo AND" is just words) and an HNSW k-nearest-neighbour query over chunk
 * vectors, both run on one searcher so they see the same snapshot, then fused by {@link RankFusion}.
 */
public final class LuceneHybridRetriever implements Retriever {
    public static final String BM25 = "bm25";
    public static final String VECTOR = "vector";

    private final LuceneIndex index;
    private final IndexStatus status;
    private final Vocabulary vocabulary;
    private final RankFusion fusion;
    private final Map<String, Double> weights;
    private final int candidates;
    private final int knnBeam;

    /**
     * @param candidates how many hits each list contributes to the fusion
     * @param knnBeam how many neighbours the HNSW search collects before the best {@code candidates} are taken: a
     *     wider search finds the true nearest neighbours more often (recall) at a small cost
     * @param bm25Weight weight of the BM25 list in the fusion (the vector list weighs {@code vectorWeight})
     */
    public LuceneHybridRetriever(LuceneIndex index, IndexStatus status, Vocabulary vocabulary,
            RankFusion fusion, int candidates, int knnBeam, double bm25Weight, double vectorWeight) {
        this.index = index;
        this.status = status;
        this.vocabulary = vocabulary;
        this.fusion = fusion;
        this.candidates = candidates;
        this.knnBeam = knnBeam;
        this.weights = Map.of(BM25, bm25Weight, VECTOR, vectorWeight);
    }

    @Override
    public List<Hit> retrieve(SearchRequest request) {
        status.requireReady();
        int perList = Math.max(candidates, request.k());
        return index.withSearcher(searcher -> {
            // Both lists come from this one searcher, so Lucene's doc ids identify chunks without reading stored
            // fields; only the fused top k are loaded.
            Map<String, List<RankFusion.Scored>> lists = new LinkedHashMap<>();
            if (request.mode() != Mode.VECTOR) {
                lists.put(BM25, ranked(searcher, bm25Query(request.text()), perList, false));
            }
            if (request.mode() != Mode.BM25) {
                lists.put(VECTOR, ranked(searcher,
                        new KnnFloatVectorQuery(IndexSchema.VECTOR, request.vector(), Math.max(perList, knnBeam)),
                        perList, true));
            }
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(request.k());
            for (RankFusion.Fused fused : fusion.fuse(lists, weights, List.of(VECTOR))) {
                if (hits.size() == request.k()) {
                    break;
                }
                StoredChunk chunk = index.storedChunk(stored.document(Integer.parseInt(fused.id())));
                hits.add(new Hit(chunk.chunk(), chunk.title(), fused.score(), fused.lists(),
                        chunk.sentenceVectors()));
            }
            return hits;
        });
    }

    private Query bm25Query(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : vocabulary.terms(text).stream().distinct().limit(IndexSearcher.getMaxClauseCount()).toList()) {
            query.add(new TermQuery(new Term(IndexSchema.TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** Lucene scores cosine hits as (1 + cos) / 2; fusion gets the cosine back, which is 0 for unrelated text. */
    private static List<RankFusion.Scored> ranked(IndexSearcher searcher, Query query, int n, boolean cosine)
            throws IOException {
        List<RankFusion.Scored> items = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
            items.add(new RankFusion.Scored(Integer.toString(hit.doc), cosine ? 2 * hit.score - 1 : hit.score));
        }
        return items;
    }
}
