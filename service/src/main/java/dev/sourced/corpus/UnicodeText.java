package dev.sourced.corpus;

/**
 * Checks that outside text is text the embedding model can use. Its tokenizer drops control and format characters,
 * so text of nothing else, or of punctuation and symbols alone, reaches the model empty and fails there.
 */
public final class UnicodeText {
    private UnicodeText() {}

    /** True when a UTF-16 surrogate stands without its partner: what a decoder leaves of an invalid sequence. */
    public static boolean hasLoneSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when at least one code point is a letter or a digit, in any script. */
    public static boolean hasLetterOrDigit(CharSequence text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
