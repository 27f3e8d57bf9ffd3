package dev.sourced.answer;

import dev.sourced.conversation.Turns;
import dev.sourced.corpus.UnicodeText;
import java.text.Normalizer;
import java.util.List;

/**
 * A question as every surface (HTTP, Slack, the command line, evaluation files) hands it on: control and format
 * characters other than whitespace removed, runs of whitespace made one space, Unicode NFC, stripped, at most
 * {@link #MAX_CHARS} characters as sent, and holding at least one letter or digit. The embedding model's tokenizer
 * drops control and format characters, so a question of nothing else, or of punctuation and emoji alone, would
 * reach it empty; normalising once, here, keeps that a 400 for the asker instead of a failure deep in the model.
 *
 * <p>A question asked in a conversation (a Slack thread, the OpenAI-compatible API's messages) is made to stand on
 * its own before it gets here, for retrieval; {@code earlier} keeps the conversation's turns before it, so that a
 * language model answering it sees what it follows. Empty for a question asked on its own.
 *
 * @param text the normalised question; the constructor normalises whatever it is given
 * @param earlier the conversation's turns before the question, oldest first; empty when there were none
 * @throws InvalidQuestionException when nothing answerable is left, the text is too long or not valid Unicode
 */
public record Question(String text, List<Turns.Turn> earlier) {
    public static final int MAX_CHARS = 1000;

    public Question {
        text = normalise(text);
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
    }

    /** A question asked on its own. */
    public Question(String text) {
        this(text, List.of());
    }

    private static String normalise(String raw) {
        if (raw == null) {
            throw new InvalidQuestionException("a question is required");
        }
        if (raw.length() > MAX_CHARS) {
            throw new InvalidQuestionException(
                    "the question must be at most " + MAX_CHARS + " characters (got " + raw.length() + ")");
        }
        if (UnicodeText.hasLoneSurrogate(raw)) {
            throw new InvalidQuestionException("the question is not valid Unicode text (it holds a lone surrogate)");
        }
        StringBuilder kept = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = !kept.isEmpty();
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT) {
                continue;
            }
            if (pendingSpace) {
                kept.append(' ');
                pendingSpace = false;
            }
            kept.appendCodePoint(cp);
        }
        // Composed after the removals: a format character between a letter and its accent would otherwise keep them
        // apart, and removing it afterwards would leave text that is not NFC.
        String out = Normalizer.normalize(kept, Normalizer.Form.NFC).strip();
        if (!UnicodeText.hasLetterOrDigit(out)) {
            throw new InvalidQuestionException("the question must contain at least one letter or digit");
        }
        return out;
    }
}
