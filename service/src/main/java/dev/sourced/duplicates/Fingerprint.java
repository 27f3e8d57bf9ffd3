package dev.sourced.duplicates;

import dev.sourced.corpus.Article;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What copy detection keeps of an article's body (the text after its title and date header): a SHA-256 digest of the
 * body with its spacing normalised, which finds exact copies, and a MinHash signature of its word shingles, which
 * finds near copies. Stored with the article (see {@link #encode()}) so that groups are rebuilt at start-up without
 * reading any text.
 */
public record Fingerprint(byte[] bodyDigest, int[] signature) {
    private static final int DIGEST_BYTES = 32;

    public Fingerprint {
        if (bodyDigest.length != DIGEST_BYTES) {
            throw new IllegalArgumentException("a body digest has " + DIGEST_BYTES + " bytes");
        }
        if (signature.length != 0 && signature.length != MinHash.SIZE) {
            throw new IllegalArgumentException("a signature has " + MinHash.SIZE + " positions or none");
        }
        bodyDigest = bodyDigest.clone();
        signature = signature.clone();
    }

    public static Fingerprint of(Article article) {
        String body = article.text().substring(article.bodyStart());
        return new Fingerprint(digest(body), MinHash.signature(Shingles.of(body)));
    }

    /** The estimated Jaccard similarity of the two bodies' shingles; 0 when either body has no words. */
    public double similarity(Fingerprint other) {
        return MinHash.similarity(signature, other.signature);
    }

    /** True when the two bodies are the same text, spacing aside. */
    public boolean sameBody(Fingerprint other) {
        return Arrays.equals(bodyDigest, other.bodyDigest);
    }

    /** True when the body has no words, so it is like nothing else. */
    public boolean blank() {
        return signature.length == 0;
    }

    @Override
    public byte[] bodyDigest() {
        return bodyDigest.clone();
    }

    @Override
    public int[] signature() {
        return signature.clone();
    }

    int[] signatureView() {
        return signature;
    }

    public byte[] encode() {
        ByteBuffer bytes = ByteBuffer.allocate(DIGEST_BYTES + 4 * signature.length);
        bytes.put(bodyDigest);
        bytes.asIntBuffer().put(signature);
        return bytes.array();
    }

    /** The fingerprint {@link #encode()} wrote; throws {@link IllegalArgumentException} on any other bytes. */
    public static Fingerprint decode(byte[] encoded) {
        int rest = encoded.length - DIGEST_BYTES;
        if (rest < 0 || rest % 4 != 0) {
            throw new IllegalArgumentException("not a fingerprint: " + encoded.length + " bytes");
        }
        ByteBuffer bytes = ByteBuffer.wrap(encoded);
        byte[] digest = new byte[DIGEST_BYTES];
        bytes.get(digest);
        int[] signature = new int[rest / 4];
        bytes.asIntBuffer().get(signature);
        return new Fingerprint(digest, signature);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f
                && Arrays.equals(bodyDigest, f.bodyDigest)
                && Arrays.equals(signature, f.signature);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bodyDigest) * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + (blank() ? "blank" : MinHash.SIZE + " positions") + "]";
    }

    private static byte[] digest(String body) {
        String normalised = String.join(" ", body.strip().split("\\s+"));
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
