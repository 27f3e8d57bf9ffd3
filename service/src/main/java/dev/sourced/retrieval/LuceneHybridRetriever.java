package dev.sourced.retrieval;

import dev.sourced.corpus.Chunk;
import dev.sourced.index.IndexSchema;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.LuceneIndex;
import dev.sourced.index.VectorCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Hybrid retrieval over the embedded Lucene index: a BM25 query built from the question's analysed terms (never
 * parsed as query syntax, so "title:foo AND" is just words) and an HNSW k-nearest-neighbour query over chunk
 * vectors, both run on one searcher so they see the same snapshot, then fused by {@link HybridFusion}.
 */
public final class LuceneHybridRetriever implements Retriever {
    private final LuceneIndex index;
    private final IndexStatus status;
    private final LuceneVocabulary vocabulary;
    private final HybridFusion fusion;

    public LuceneHybridRetriever(
            LuceneIndex index, IndexStatus status, LuceneVocabulary vocabulary, HybridFusion fusion) {
        this.index = index;
        this.status = status;
        this.vocabulary = vocabulary;
        this.fusion = fusion;
    }

    @Override
    public List<Hit> retrieve(SearchRequest request) {
        return retrieveWithTerms(request).hits();
    }

    /** The hits, and the idf of the request's terms counted by the searcher that found them. */
    @Override
    public Retrieved retrieveWithTerms(SearchRequest request) {
        status.requireReady();
        int perList = fusion.perList(request.k());
        List<String> terms =
                vocabulary.terms(request.text()).stream().distinct().toList();
        return index.withSearcher(searcher -> {
            // Both lists come from this one searcher, so Lucene's doc ids identify chunks without reading stored
            // fields; only the fused top k are loaded.
            List<RankedList<Integer>> lists = new ArrayList<>(2);
            Query published = publishedIn(request.published());
            if (request.mode() != Mode.VECTOR) {
                lists.add(fusion.bm25(ranked(searcher, bm25Query(terms, published), perList, false)));
            }
            if (request.mode() != Mode.BM25) {
                lists.add(fusion.vector(ranked(
                        searcher,
                        new KnnFloatVectorQuery(
                                IndexSchema.VECTOR, request.vector(), fusion.knnDepth(perList), published),
                        perList,
                        true)));
            }
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(request.k());
            for (RankFusion.Fused<Integer> fused : fusion.top(lists, request.k())) {
                hits.add(hit(stored.document(fused.item()), fused));
            }
            return new Retrieved(
                    hits,
                    vocabulary.idf(
                            searcher.getIndexReader(), vocabulary.distinctTerms(request.text(), request.counted())));
        });
    }

    /** Passages published in the period or undated, or {@code null} when any will do. */
    private static Query publishedIn(Period period) {
        if (period.isAny()) {
            return null;
        }
        long from =
                period.from() == null ? IndexSchema.UNDATED + 1 : period.from().toEpochDay();
        long to = period.to() == null ? Long.MAX_VALUE : period.to().toEpochDay();
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(IndexSchema.PUBLISHED_DAY, from, to), BooleanClause.Occur.SHOULD)
                .add(
                        LongPoint.newExactQuery(IndexSchema.PUBLISHED_DAY, IndexSchema.UNDATED),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query bm25Query(List<String> distinctTerms, Query filter) {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (String term : distinctTerms.stream()
                .limit(IndexSearcher.getMaxClauseCount() - 1)
                .toList()) {
            terms.add(new TermQuery(new Term(IndexSchema.TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        if (filter == null) {
            return terms.build();
        }
        return new BooleanQuery.Builder()
                .add(terms.build(), BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
    }

    private static List<RankFusion.Scored<Integer>> ranked(IndexSearcher searcher, Query query, int n, boolean cosine)
            throws IOException {
        List<RankFusion.Scored<Integer>> items = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
            items.add(new RankFusion.Scored<>(hit.doc, cosine ? HybridFusion.cosine(hit.score) : hit.score));
        }
        return items;
    }

    /** A chunk document read back into a hit. */
    private Hit hit(Document doc, RankFusion.Fused<Integer> fused) {
        Chunk chunk = new Chunk(
                doc.get(IndexSchema.CHUNK_ID),
                doc.get(IndexSchema.ARTICLE_ID),
                doc.getField(IndexSchema.START).numericValue().intValue(),
                doc.getField(IndexSchema.END).numericValue().intValue(),
                doc.get(IndexSchema.TEXT),
                VectorCodec.decodeSpans(bytes(doc.getBinaryValue(IndexSchema.SENTENCE_SPANS))));
        String date = doc.get(IndexSchema.DATE);
        return new Hit(
                chunk,
                doc.get(IndexSchema.TITLE),
                date == null ? null : LocalDate.parse(date),
                fused.score(),
                fused.lists(),
                VectorCodec.decodeVectors(bytes(doc.getBinaryValue(IndexSchema.SENTENCE_VECTORS)), index.dimension()),
                LuceneIndex.provenance(doc));
    }

    private static ByteBuffer bytes(BytesRef ref) {
        return ByteBuffer.wrap(ref.bytes, ref.offset, ref.length);
    }
}
