package dev.sourced.index;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Provenance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The on-disk Lucene index: one writer, and a {@link SearcherManager} for near-real-time readers. Changes become
 * durable and visible to searches on {@link #commit()}; a crash before a commit leaves the
 * previous commit, which Lucene writes atomically, as the index the next start opens. Thread-safe.
 */
public final class LuceneIndex implements ArticleStore {
    private static final Set<String> SUMMARY_FIELDS = Set.copyOf(IndexSchema.SUMMARY_FIELDS);

    private static final Set<String> ARTICLE_FIELDS = Set.of(
            IndexSchema.ARTICLE_ID,
            IndexSchema.TITLE,
            IndexSchema.DATE,
            IndexSchema.ARTICLE_TEXT,
            IndexSchema.BODY_START,
            IndexSchema.OUTLET,
            IndexSchema.URL,
            IndexSchema.AUTHOR);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final String modelName;
    private final int dimension;
    private final boolean rebuilding;

    /**
     * Opens or creates the index in {@code folder}. An index built by another embedding model or schema version
     * is cleared in the writer: the old commit stays readable on disk until the rebuild commits.
     */
    public LuceneIndex(Path folder, String modelName, int dimension) {
        this.modelName = Objects.requireNonNull(modelName);
        this.dimension = dimension;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            Map<String, String> committed = committedData();
            rebuilding = !committed.isEmpty()
                    && (!modelName.equals(committed.get(IndexSchema.COMMIT_MODEL))
                            || !IndexSchema.VERSION.equals(committed.get(IndexSchema.COMMIT_SCHEMA)));
            if (rebuilding) {
                writer.deleteAll();
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + folder + ": " + e.getMessage(), e);
        }
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public int dimension() {
        return dimension;
    }

    /** True when the stored index was built by another model or schema and is being rebuilt from scratch. */
    public boolean rebuilding() {
        return rebuilding;
    }

    /** Replaces (or adds) an article and its chunks as one block: a reader sees all of it or none. */
    @Override
    public void put(Article article, List<EmbeddedChunk> chunks, Origin origin, CopyMarks copies) {
        List<Document> block = new ArrayList<>(chunks.size() + 1);
        block.add(articleDocument(article, chunks.size(), origin, copies));
        for (EmbeddedChunk chunk : chunks) {
            block.add(chunkDocument(article, chunk));
        }
        try {
            writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, article.id()), block);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean delete(String articleId) {
        boolean present =
                articleDocument(articleId, Set.of(IndexSchema.ARTICLE_ID)).isPresent();
        try {
            writer.deleteDocuments(new Term(IndexSchema.ARTICLE_ID, articleId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return present;
    }

    @Override
    public void commit() {
        try {
            writer.setLiveCommitData(
                    Map.of(IndexSchema.COMMIT_MODEL, modelName, IndexSchema.COMMIT_SCHEMA, IndexSchema.VERSION)
                            .entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code search} on a current searcher and releases it afterwards. */
    public <T> T withSearcher(SearcherFunction<T> search) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return search.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public Map<String, IndexedArticle> articles() {
        return withSearcher(searcher -> {
            TermQuery query = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE));
            int count = Math.max(1, searcher.count(query));
            TopDocs docs = searcher.search(
                    query, count, new Sort(new SortField(IndexSchema.ARTICLE_ID_SORT, SortField.Type.STRING)));
            StoredFields stored = searcher.storedFields();
            Map<String, IndexedArticle> articles = new LinkedHashMap<>();
            for (ScoreDoc hit : docs.scoreDocs) {
                IndexedArticle article = indexedArticle(stored.document(hit.doc, SUMMARY_FIELDS));
                articles.put(article.id(), article);
            }
            return articles;
        });
    }

    @Override
    public Optional<IndexedArticle> summary(String articleId) {
        return articleDocument(articleId, SUMMARY_FIELDS).map(LuceneIndex::indexedArticle);
    }

    @Override
    public Optional<Article> article(String articleId) {
        return articleDocument(articleId, ARTICLE_FIELDS).map(doc -> {
            String date = doc.get(IndexSchema.DATE);
            return new Article(
                    doc.get(IndexSchema.ARTICLE_ID),
                    doc.get(IndexSchema.TITLE),
                    date == null ? null : LocalDate.parse(date),
                    doc.get(IndexSchema.ARTICLE_TEXT),
                    doc.getField(IndexSchema.BODY_START).numericValue().intValue(),
                    provenance(doc));
        });
    }

    private Optional<Document> articleDocument(String articleId, Set<String> fields) {
        return withSearcher(searcher -> {
            TopDocs docs = searcher.search(
                    new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE)), Occur.FILTER)
                            .add(new TermQuery(new Term(IndexSchema.ARTICLE_ID, articleId)), Occur.FILTER)
                            .build(),
                    1);
            return docs.scoreDocs.length == 0
                    ? Optional.empty()
                    : Optional.of(searcher.storedFields().document(docs.scoreDocs[0].doc, fields));
        });
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> committedData() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    private static Document articleDocument(Article article, int chunkCount, Origin origin, CopyMarks copies) {
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE, Field.Store.NO));
        doc.add(new StringField(IndexSchema.ARTICLE_ID, article.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexSchema.ARTICLE_ID_SORT, new BytesRef(article.id())));
        doc.add(new StoredField(IndexSchema.TITLE, article.title()));
        if (article.date() != null) {
            doc.add(new StoredField(IndexSchema.DATE, article.date().toString()));
        }
        addProvenance(doc, article.provenance());
        doc.add(new StoredField(IndexSchema.HASH, article.contentHash()));
        doc.add(new StoredField(IndexSchema.ARTICLE_TEXT, article.text()));
        doc.add(new StoredField(IndexSchema.ARTICLE_LENGTH, article.text().length()));
        doc.add(new StoredField(IndexSchema.BODY_START, article.bodyStart()));
        doc.add(new StoredField(IndexSchema.CHUNK_COUNT, chunkCount));
        doc.add(new StoredField(IndexSchema.ORIGIN, origin.name()));
        doc.add(new StoredField(IndexSchema.FINGERPRINT, copies.fingerprint()));
        if (copies.copyOf() != null) {
            doc.add(new StoredField(IndexSchema.COPY_OF, copies.copyOf()));
        }
        return doc;
    }

    private Document chunkDocument(Article article, EmbeddedChunk embedded) {
        Chunk chunk = embedded.chunk();
        Document doc = new Document();
        doc.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_CHUNK, Field.Store.NO));
        doc.add(new StringField(IndexSchema.ARTICLE_ID, article.id(), Field.Store.YES));
        doc.add(new StringField(IndexSchema.CHUNK_ID, chunk.id(), Field.Store.YES));
        doc.add(new StoredField(IndexSchema.TITLE, article.title()));
        if (article.date() != null) {
            doc.add(new StoredField(IndexSchema.DATE, article.date().toString()));
        }
        addProvenance(doc, article.provenance());
        doc.add(new LongPoint(
                IndexSchema.PUBLISHED_DAY,
                article.date() == null ? IndexSchema.UNDATED : article.date().toEpochDay()));
        doc.add(new StoredField(IndexSchema.START, chunk.start()));
        doc.add(new StoredField(IndexSchema.END, chunk.end()));
        doc.add(new TextField(IndexSchema.TEXT, chunk.text(), Field.Store.YES));
        doc.add(new KnnFloatVectorField(IndexSchema.VECTOR, embedded.vector(), VectorSimilarityFunction.COSINE));
        doc.add(new StoredField(IndexSchema.SENTENCE_SPANS, VectorCodec.encodeSpans(chunk.sentences())));
        doc.add(new StoredField(
                IndexSchema.SENTENCE_VECTORS, VectorCodec.encodeVectors(embedded.sentenceVectors(), dimension)));
        return doc;
    }

    private static void addProvenance(Document doc, Provenance provenance) {
        if (provenance.outlet() != null) {
            doc.add(new StoredField(IndexSchema.OUTLET, provenance.outlet()));
        }
        if (provenance.url() != null) {
            doc.add(new StoredField(IndexSchema.URL, provenance.url()));
        }
        if (provenance.author() != null) {
            doc.add(new StoredField(IndexSchema.AUTHOR, provenance.author()));
        }
    }

    /** The provenance stored on an article or chunk document. */
    public static Provenance provenance(Document doc) {
        return new Provenance(doc.get(IndexSchema.OUTLET), doc.get(IndexSchema.URL), doc.get(IndexSchema.AUTHOR));
    }

    private static IndexedArticle indexedArticle(Document doc) {
        String date = doc.get(IndexSchema.DATE);
        return new IndexedArticle(
                doc.get(IndexSchema.ARTICLE_ID),
                doc.get(IndexSchema.TITLE),
                date == null ? null : LocalDate.parse(date),
                doc.getField(IndexSchema.ARTICLE_LENGTH).numericValue().intValue(),
                doc.get(IndexSchema.HASH),
                doc.getField(IndexSchema.CHUNK_COUNT).numericValue().intValue(),
                Origin.valueOf(doc.get(IndexSchema.ORIGIN)),
                new CopyMarks(fingerprint(doc), doc.get(IndexSchema.COPY_OF)),
                doc.get(IndexSchema.OUTLET));
    }

    private static byte[] fingerprint(Document doc) {
        BytesRef bytes = doc.getBinaryValue(IndexSchema.FINGERPRINT);
        return bytes == null ? new byte[0] : BytesRef.deepCopyOf(bytes).bytes;
    }

    /** A search over a searcher that may throw Lucene's {@link IOException}. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
