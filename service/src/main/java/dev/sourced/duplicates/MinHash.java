package dev.sourced.duplicates;

/**
 * MinHash signatures (Broder 1997): for each of {@value #SIZE} hash functions, the smallest hash of a text's shingles.
 * Two signatures agree at a position with probability equal to the Jaccard similarity of the two shingle sets, so the
 * fraction of agreeing positions estimates it (standard error about 0.045 at 126 positions). The hash functions are
 * fixed seeds of one mixing function: a signature stored in the index stays comparable across restarts, and a change
 * here must bump the index schema version.
 */
final class MinHash {
    /** Positions per signature: 42 bands of 3 rows for {@link NearDuplicateIndex}. */
    static final int SIZE = 126;

    private static final long[] SEEDS = seeds();

    private MinHash() {}

    /** The signature of a set of shingle hashes; an empty set gives an empty signature, similar to nothing. */
    static int[] signature(long[] shingles) {
        if (shingles.length == 0) {
            return new int[0];
        }
        int[] signature = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            long min = Long.MAX_VALUE;
            long seed = SEEDS[i];
            for (long shingle : shingles) {
                long h = mix(shingle ^ seed) >>> 1;
                if (h < min) {
                    min = h;
                }
            }
            signature[i] = (int) (min >>> 31);
        }
        return signature;
    }

    /** The fraction of positions at which two signatures agree: the estimated Jaccard similarity of their texts. */
    static double similarity(int[] a, int[] b) {
        if (a.length != SIZE || b.length != SIZE) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** The finaliser of SplitMix64 (Steele et al. 2014): a fast, well-mixed 64-bit bijection. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long state = 0x5EED5C3DL;
        for (int i = 0; i < SIZE; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
