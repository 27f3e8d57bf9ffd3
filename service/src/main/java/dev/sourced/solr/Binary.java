package dev.sourced.solr;

import java.nio.ByteBuffer;

/** A stored binary field as SolrJ hands it back: bytes (javabin) or a buffer, depending on the response parser. */
final class Binary {
    private Binary() {}

    static ByteBuffer of(Object value) {
        if (value instanceof byte[] bytes) {
            return ByteBuffer.wrap(bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            return buffer;
        }
        throw new IllegalStateException("not a binary field value: " + (value == null ? "none" : value.getClass()));
    }
}
