package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sourced.corpus.UnicodeText;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Whatever an asker sends, the normaliser refuses it with its own exception or hands on a usable question. */
class QuestionFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void anyTextIsRefusedOrAUsableQuestion(FuzzedDataProvider data) {
        // The last byte picks the decoding: odd, UTF-8 as a body arrives; even, any Java string, lone surrogates too.
        String raw = data.consumeBoolean()
                ? new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8)
                : data.consumeRemainingAsString();
        String text;
        try {
            text = new Question(raw).text();
        } catch (InvalidQuestionException refused) {
            return;
        }
        assertTrue(UnicodeText.hasLetterOrDigit(text), "a letter or digit");
        assertFalse(UnicodeText.hasLoneSurrogate(text), "valid UTF-16");
        assertEquals(text.strip(), text, "stripped");
        assertFalse(text.contains("  "), "one space at a time");
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "NFC");
        assertTrue(
                text.codePoints()
                        .noneMatch(c ->
                                Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT),
                "no control or format characters");
        assertEquals(text, new Question(text).text(), "normalising twice changes nothing");
    }
}
