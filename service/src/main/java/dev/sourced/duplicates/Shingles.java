package dev.sourced.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The word shingles of a text, hashed to 64 bits: every run of {@value #WORDS} consecutive words, lower-cased, with
 * punctuation and spacing ignored, so that re-wrapped lines, curly quotes or a moved comma change nothing. Three
 * words is the usual size for news: one changed word breaks only the three shingles that span it, while two
 * different stories on one topic share few three-word runs even when they share most of their words.
 */
final class Shingles {
    static final int WORDS = 3;

    private Shingles() {}

    /** The distinct shingle hashes of {@code text}, sorted; a text of fewer words than a shingle is one shingle. */
    static long[] of(CharSequence text) {
        List<Long> words = words(text);
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - WORDS + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int j = i; j < Math.min(words.size(), i + WORDS); j++) {
                h = h * 0x100000001B3L + words.get(j);
            }
            shingles[i] = MinHash.mix(h);
        }
        return Arrays.stream(shingles).sorted().distinct().toArray();
    }

    /** Each word (a run of letters and digits) hashed with 64-bit FNV-1a over its lower-cased code points. */
    private static List<Long> words(CharSequence text) {
        List<Long> words = new ArrayList<>();
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    h = 0xcbf29ce484222325L;
                    inWord = true;
                }
                h = (h ^ Character.toLowerCase(cp)) * 0x100000001B3L;
            } else if (inWord) {
                words.add(h);
                inWord = false;
            }
        }
        if (inWord) {
            words.add(h);
        }
        return words;
    }
}
