package dev.sourced.index;

import java.util.List;

/**
 * Field names of the Lucene index. Each article is one "article" document (metadata, hash and full text, so the
 * index is also the article store) followed by its "chunk" documents, written together as one block so that a
 * reader never sees half of an update.
 */
public final class IndexSchema {
    /**
     * Bump when the document layout or the chunking changes (where sentences end, so where passages end): an index of
     * another version is rebuilt from the corpus.
     */
    public static final String VERSION = "12";

    public static final String TYPE = "type";
    public static final String TYPE_ARTICLE = "article";
    public static final String TYPE_CHUNK = "chunk";

    public static final String ARTICLE_ID = "article_id";
    /** Doc values of the article id, to list articles in id order. */
    public static final String ARTICLE_ID_SORT = "article_id_sort";

    public static final String TITLE = "title";
    public static final String DATE = "date";
    /**
     * The article's publication date as an epoch day, on every chunk, so retrieval can leave out what was published
     * after a question's "as of" date; {@link #UNDATED} for articles without a date, which are never left out.
     */
    public static final String PUBLISHED_DAY = "published_day";

    public static final long UNDATED = Long.MIN_VALUE;

    /**
     * Where the article was published ({@link dev.sourced.corpus.Provenance}): stored on the article and on every
     * chunk, like the title and date, so that a citation carries them without a second read. Absent when not given.
     */
    public static final String OUTLET = "outlet";

    public static final String URL = "url";
    public static final String AUTHOR = "author";

    public static final String HASH = "hash";
    public static final String ARTICLE_TEXT = "article_text";
    /** The text's length in chars, stored so that listing and syncing articles never load their text. */
    public static final String ARTICLE_LENGTH = "article_length";

    public static final String BODY_START = "body_start";
    public static final String CHUNK_COUNT = "chunk_count";
    /** {@link Origin} of the article. */
    public static final String ORIGIN = "origin";

    /**
     * The article's copy-detection fingerprint (opaque bytes from ingestion: a body digest and a MinHash signature),
     * stored so that groups of copies are rebuilt at start-up without reading any text.
     */
    public static final String FINGERPRINT = "fingerprint";
    /** On an exact copy stored without chunks: the id of the indexed article with the same body. */
    public static final String COPY_OF = "copy_of";

    /** What a listing reads of an article document: everything but its text (both backends). */
    public static final List<String> SUMMARY_FIELDS =
            List.of(ARTICLE_ID, TITLE, DATE, ARTICLE_LENGTH, HASH, CHUNK_COUNT, ORIGIN, FINGERPRINT, COPY_OF, OUTLET);

    public static final String CHUNK_ID = "chunk_id";
    public static final String START = "start";
    public static final String END = "end";
    /** Chunk text, analysed for BM25 with English stemming. */
    public static final String TEXT = "text";
    /** The chunk's vector, for HNSW search. */
    public static final String VECTOR = "vector";
    /** The chunk's sentence spans and their vectors: computed once here so that answering embeds no sentence. */
    public static final String SENTENCE_SPANS = "sentence_spans";

    public static final String SENTENCE_VECTORS = "sentence_vectors";

    /** Commit user data: which model and schema built the index. */
    public static final String COMMIT_MODEL = "model";

    public static final String COMMIT_SCHEMA = "schema";

    private IndexSchema() {}
}
