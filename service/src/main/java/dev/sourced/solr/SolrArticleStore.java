package dev.sourced.solr;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Provenance;
import dev.sourced.index.ArticleStore;
import dev.sourced.index.CopyMarks;
import dev.sourced.index.EmbeddedChunk;
import dev.sourced.index.IndexSchema;
import dev.sourced.index.IndexedArticle;
import dev.sourced.index.Origin;
import dev.sourced.index.VectorCodec;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.jboss.logging.Logger;

/**
 * Articles and their chunks in a SolrCloud collection, with the fields of the embedded index. An article's documents
 * share the id prefix "ARTICLE!" so the compositeId router keeps them on one shard, where one update request
 * replaces them and the commit that follows makes the whole article visible at once. Thread-safe.
 */
public final class SolrArticleStore implements ArticleStore {
    private static final Logger LOG = Logger.getLogger(SolrArticleStore.class);
    /** The one document that records which model and schema version built the collection. */
    static final String META_ID = "_meta";

    private static final String TYPE_META = "meta";
    private static final int PAGE = 500;

    private final SolrCluster cluster;
    private final String modelName;
    private final int dimension;
    private volatile boolean rebuilding;
    /** True from a rebuild's clearing until its first commit: the old documents are still searchable until then. */
    private volatile boolean cleared;

    public SolrArticleStore(SolrCluster cluster, String modelName, int dimension) {
        this.cluster = cluster;
        this.modelName = modelName;
        this.dimension = dimension;
    }

    /**
     * Checks that the cluster answers and creates the collection when it is missing; clears a collection built by
     * another model or schema. Throws {@link SolrUnavailableException} (retry later) while that is not possible.
     */
    public void connect() {
        cluster.ensureCollection();
        SolrDocument meta = getById(META_ID, "model,schema_version");
        rebuilding = meta != null
                && (!modelName.equals(meta.getFirstValue("model"))
                        || !IndexSchema.VERSION.equals(meta.getFirstValue("schema_version")));
        if (rebuilding) {
            run("clear the collection for a rebuild", () -> cluster.client().deleteByQuery("*:*"));
            cleared = true;
        }
    }

    /** True, once connected, when the collection was built by another model or schema and is being rebuilt. */
    public boolean rebuilding() {
        return rebuilding;
    }

    @Override
    public void put(Article article, List<EmbeddedChunk> chunks, Origin origin, CopyMarks copies) {
        SolrDocument previous = getById(articleDocId(article.id()), IndexSchema.CHUNK_COUNT);
        int previousChunks = previous == null ? 0 : intValue(previous, IndexSchema.CHUNK_COUNT);
        UpdateRequest update = new UpdateRequest();
        update.add(articleDocument(article, chunks.size(), origin, copies));
        for (int i = 0; i < chunks.size(); i++) {
            update.add(chunkDocument(article, chunks.get(i), i));
        }
        // Ids are disjoint from the ones added, so the order Solr applies them in does not matter.
        for (int i = chunks.size(); i < previousChunks; i++) {
            update.deleteById(chunkDocId(article.id(), i));
        }
        run("write article " + article.id(), () -> update.process(cluster.client(), cluster.collection()));
    }

    @Override
    public boolean delete(String articleId) {
        SolrDocument previous = getById(articleDocId(articleId), IndexSchema.CHUNK_COUNT);
        if (previous == null) {
            return false;
        }
        UpdateRequest update = new UpdateRequest();
        update.deleteById(articleDocId(articleId));
        for (int i = 0; i < intValue(previous, IndexSchema.CHUNK_COUNT); i++) {
            update.deleteById(chunkDocId(articleId, i));
        }
        run("delete article " + articleId, () -> update.process(cluster.client(), cluster.collection()));
        return true;
    }

    /**
     * A hard commit that opens a new searcher: the update log already made each acknowledged write durable; this
     * makes them visible to the next query on every replica before it returns.
     */
    @Override
    public void commit() {
        SolrInputDocument meta = new SolrInputDocument();
        meta.setField("id", META_ID);
        meta.setField(IndexSchema.TYPE, TYPE_META);
        meta.setField("model", modelName);
        meta.setField("schema_version", IndexSchema.VERSION);
        run("commit", () -> {
            cluster.client().add(meta);
            cluster.client().commit(true, true);
        });
        cleared = false;
    }

    @Override
    public Map<String, IndexedArticle> articles() {
        Map<String, IndexedArticle> articles = new LinkedHashMap<>();
        if (cleared) {
            return articles;
        }
        SolrQuery query = new SolrQuery(IndexSchema.TYPE + ":" + IndexSchema.TYPE_ARTICLE)
                .setFields(SUMMARY_FIELDS)
                .setRows(PAGE)
                .setSort(IndexSchema.ARTICLE_ID, SolrQuery.ORDER.asc)
                .addSort("id", SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = query("list articles", query);
            for (SolrDocument doc : page.getResults()) {
                IndexedArticle article = indexedArticle(doc);
                articles.put(article.id(), article);
            }
            if (cursor.equals(page.getNextCursorMark())) {
                return articles;
            }
            cursor = page.getNextCursorMark();
        }
    }

    @Override
    public Optional<IndexedArticle> summary(String articleId) {
        if (cleared) {
            return Optional.empty();
        }
        return Optional.ofNullable(getById(articleDocId(articleId), SUMMARY_FIELDS))
                .map(SolrArticleStore::indexedArticle);
    }

    @Override
    public Optional<Article> article(String articleId) {
        if (cleared) {
            return Optional.empty();
        }
        return Optional.ofNullable(getById(
                        articleDocId(articleId), "article_id,title,date,article_text,body_start,outlet,url,author"))
                .map(doc -> {
                    String date = (String) doc.getFirstValue(IndexSchema.DATE);
                    return new Article(
                            (String) doc.getFirstValue(IndexSchema.ARTICLE_ID),
                            (String) doc.getFirstValue(IndexSchema.TITLE),
                            date == null ? null : LocalDate.parse(date),
                            (String) doc.getFirstValue(IndexSchema.ARTICLE_TEXT),
                            intValue(doc, IndexSchema.BODY_START),
                            provenance(doc));
                });
    }

    /** Length of the stored vectors. */
    int dimension() {
        return dimension;
    }

    private static final String SUMMARY_FIELDS = String.join(",", IndexSchema.SUMMARY_FIELDS);

    @Override
    public void close() {
        cluster.close();
    }

    static String articleDocId(String articleId) {
        return articleId + "!article";
    }

    static String chunkDocId(String articleId, int ordinal) {
        return articleId + "!c" + ordinal;
    }

    private SolrDocument getById(String id, String fields) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("fl", fields);
        return read("read " + id, () -> cluster.client().getById(cluster.collection(), id, params));
    }

    /** Documents by id, read straight from the shards that hold them; missing ids are left out. */
    List<SolrDocument> getByIds(String what, List<String> ids, String fields) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("fl", fields);
        return read(what, () -> cluster.client().getById(cluster.collection(), ids, params));
    }

    QueryResponse query(String what, SolrQuery query) {
        return read(what, () -> cluster.client().query(cluster.collection(), query));
    }

    private static SolrInputDocument articleDocument(Article article, int chunkCount, Origin origin, CopyMarks copies) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField("id", articleDocId(article.id()));
        doc.setField(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE);
        doc.setField(IndexSchema.ARTICLE_ID, article.id());
        doc.setField(IndexSchema.TITLE, article.title());
        if (article.date() != null) {
            doc.setField(IndexSchema.DATE, article.date().toString());
        }
        setProvenance(doc, article.provenance());
        doc.setField(IndexSchema.HASH, article.contentHash());
        doc.setField(IndexSchema.ARTICLE_TEXT, article.text());
        doc.setField(IndexSchema.ARTICLE_LENGTH, article.text().length());
        doc.setField(IndexSchema.BODY_START, article.bodyStart());
        doc.setField(IndexSchema.CHUNK_COUNT, chunkCount);
        doc.setField(IndexSchema.ORIGIN, origin.name());
        doc.setField(IndexSchema.FINGERPRINT, copies.fingerprint());
        if (copies.copyOf() != null) {
            doc.setField(IndexSchema.COPY_OF, copies.copyOf());
        }
        return doc;
    }

    private SolrInputDocument chunkDocument(Article article, EmbeddedChunk embedded, int ordinal) {
        Chunk chunk = embedded.chunk();
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField("id", chunkDocId(article.id(), ordinal));
        doc.setField(IndexSchema.TYPE, IndexSchema.TYPE_CHUNK);
        doc.setField(IndexSchema.ARTICLE_ID, article.id());
        doc.setField(IndexSchema.CHUNK_ID, chunk.id());
        doc.setField(IndexSchema.TITLE, article.title());
        if (article.date() != null) {
            doc.setField(IndexSchema.DATE, article.date().toString());
        }
        setProvenance(doc, article.provenance());
        doc.setField(
                IndexSchema.PUBLISHED_DAY,
                article.date() == null ? IndexSchema.UNDATED : article.date().toEpochDay());
        doc.setField(IndexSchema.START, chunk.start());
        doc.setField(IndexSchema.END, chunk.end());
        doc.setField(IndexSchema.TEXT, chunk.text());
        List<Float> vector = new ArrayList<>(embedded.vector().length);
        for (float f : embedded.vector()) {
            vector.add(f);
        }
        doc.setField(IndexSchema.VECTOR, vector);
        doc.setField(IndexSchema.SENTENCE_SPANS, VectorCodec.encodeSpans(chunk.sentences()));
        doc.setField(IndexSchema.SENTENCE_VECTORS, VectorCodec.encodeVectors(embedded.sentenceVectors(), dimension));
        return doc;
    }

    private static void setProvenance(SolrInputDocument doc, Provenance provenance) {
        if (provenance.outlet() != null) {
            doc.setField(IndexSchema.OUTLET, provenance.outlet());
        }
        if (provenance.url() != null) {
            doc.setField(IndexSchema.URL, provenance.url());
        }
        if (provenance.author() != null) {
            doc.setField(IndexSchema.AUTHOR, provenance.author());
        }
    }

    /** The provenance stored on an article or chunk document. */
    static Provenance provenance(SolrDocument doc) {
        return new Provenance(
                (String) doc.getFirstValue(IndexSchema.OUTLET), (String) doc.getFirstValue(IndexSchema.URL), (String)
                        doc.getFirstValue(IndexSchema.AUTHOR));
    }

    private static IndexedArticle indexedArticle(SolrDocument doc) {
        String date = (String) doc.getFirstValue(IndexSchema.DATE);
        return new IndexedArticle(
                (String) doc.getFirstValue(IndexSchema.ARTICLE_ID),
                (String) doc.getFirstValue(IndexSchema.TITLE),
                date == null ? null : LocalDate.parse(date),
                intValue(doc, IndexSchema.ARTICLE_LENGTH),
                (String) doc.getFirstValue(IndexSchema.HASH),
                intValue(doc, IndexSchema.CHUNK_COUNT),
                Origin.valueOf((String) doc.getFirstValue(IndexSchema.ORIGIN)),
                new CopyMarks(
                        bytesValue(doc, IndexSchema.FINGERPRINT), (String) doc.getFirstValue(IndexSchema.COPY_OF)),
                (String) doc.getFirstValue(IndexSchema.OUTLET));
    }

    private static byte[] bytesValue(SolrDocument doc, String field) {
        return switch (doc.getFirstValue(field)) {
            case byte[] bytes -> bytes;
            case java.nio.ByteBuffer buffer -> {
                byte[] bytes = new byte[buffer.remaining()];
                buffer.duplicate().get(bytes);
                yield bytes;
            }
            case null, default -> new byte[0];
        };
    }

    private static int intValue(SolrDocument doc, String field) {
        return ((Number) doc.getFirstValue(field)).intValue();
    }

    /**
     * Runs an idempotent read, and once more when it fails. Just after a node is lost, the client's view of the
     * cluster (and the view of the node that coordinates a real-time get) still lists its replicas, so one request
     * can be sent to the dead node ("session closed", "connection refused"). The client marks a node that failed as
     * dead and picks among the live replicas afresh for the second attempt, which therefore goes to another node. A
     * second failure is the cluster's answer.
     */
    static <T> T read(String what, SolrCall<T> call) {
        try {
            return call.run();
        } catch (SolrServerException | IOException | RuntimeException first) {
            if (first instanceof SolrUnavailableException unavailable) {
                throw unavailable;
            }
            LOG.debugf("Solr could not %s, trying once more: %s", what, SolrUnavailableException.reason(first));
            return call(what, call);
        }
    }

    /** Runs a Solr call; any failure becomes a {@link SolrUnavailableException} with the reason logged. */
    static <T> T call(String what, SolrCall<T> call) {
        try {
            return call.run();
        } catch (SolrServerException | IOException | RuntimeException e) {
            if (e instanceof SolrUnavailableException unavailable) {
                throw unavailable;
            }
            LOG.warnf("Solr could not %s: %s", what, SolrUnavailableException.reason(e));
            throw new SolrUnavailableException("the search cluster could not " + what + "; try again shortly", e);
        }
    }

    private static void run(String what, SolrAction action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }

    @FunctionalInterface
    interface SolrCall<T> {
        T run() throws SolrServerException, IOException;
    }

    @FunctionalInterface
    private interface SolrAction {
        void run() throws SolrServerException, IOException;
    }
}
