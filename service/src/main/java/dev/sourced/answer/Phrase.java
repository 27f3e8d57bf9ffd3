package dev.sourced.answer;

import java.util.Locale;

/** A stretch of a sentence, {@code text} being its characters {@code start..end}. */
record Phrase(int start, int end, String text) {
    Phrase {
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("phrase text does not fit its offsets");
        }
    }

    static Phrase of(String sentence, int start, int end) {
        return new Phrase(start, end, sentence.substring(start, end));
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }
}
