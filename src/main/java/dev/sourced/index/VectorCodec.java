package dev.sourced.index;

import dev.sourced.corpus.Span;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/** Packs sentence spans and vectors into stored binary fields and back. */
final class VectorCodec {
    private VectorCodec() {}

    static BytesRef encodeSpans(List<Span> spans) {
        ByteBuffer buffer = ByteBuffer.allocate(spans.size() * 2 * Integer.BYTES);
        for (Span span : spans) {
            buffer.putInt(span.start()).putInt(span.end());
        }
        return new BytesRef(buffer.array());
    }

    static List<Span> decodeSpans(BytesRef bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        List<Span> spans = new ArrayList<>(bytes.length / 8);
        while (buffer.remaining() >= 8) {
            spans.add(new Span(buffer.getInt(), buffer.getInt()));
        }
        return spans;
    }

    static BytesRef encodeVectors(List<float[]> vectors, int dimension) {
        ByteBuffer buffer = ByteBuffer.allocate(vectors.size() * dimension * Float.BYTES);
        for (float[] v : vectors) {
            buffer.asFloatBuffer().put(v);
            buffer.position(buffer.position() + dimension * Float.BYTES);
        }
        return new BytesRef(buffer.array());
    }

    static List<float[]> decodeVectors(BytesRef bytes, int dimension) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        int count = bytes.length / (dimension * Float.BYTES);
        List<float[]> vectors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] v = new float[dimension];
            buffer.asFloatBuffer().get(v);
            buffer.position(buffer.position() + dimension * Float.BYTES);
            vectors.add(v);
        }
        return vectors;
    }
}
