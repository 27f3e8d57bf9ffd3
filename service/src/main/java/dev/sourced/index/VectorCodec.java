package dev.sourced.index;

import dev.sourced.corpus.Span;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Packs sentence spans and vectors into stored binary fields and back; every backend stores them the same way. */
public final class VectorCodec {
    private VectorCodec() {}

    public static byte[] encodeSpans(List<Span> spans) {
        ByteBuffer buffer = ByteBuffer.allocate(spans.size() * 2 * Integer.BYTES);
        for (Span span : spans) {
            buffer.putInt(span.start()).putInt(span.end());
        }
        return buffer.array();
    }

    public static List<Span> decodeSpans(ByteBuffer bytes) {
        ByteBuffer buffer = bytes.slice();
        List<Span> spans = new ArrayList<>(buffer.remaining() / 8);
        while (buffer.remaining() >= 8) {
            spans.add(new Span(buffer.getInt(), buffer.getInt()));
        }
        return spans;
    }

    public static byte[] encodeVectors(List<float[]> vectors, int dimension) {
        ByteBuffer buffer = ByteBuffer.allocate(vectors.size() * dimension * Float.BYTES);
        for (float[] v : vectors) {
            buffer.asFloatBuffer().put(v);
            buffer.position(buffer.position() + dimension * Float.BYTES);
        }
        return buffer.array();
    }

    public static List<float[]> decodeVectors(ByteBuffer bytes, int dimension) {
        ByteBuffer buffer = bytes.slice();
        int count = buffer.remaining() / (dimension * Float.BYTES);
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
