package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuestionTest {
    static Stream<Arguments> kept() {
        return Stream.of(
                Arguments.of("plain", "Who is Hua Chunying?", "Who is Hua Chunying?"),
                Arguments.of("stripped", "  Who?  ", "Who?"),
                Arguments.of("whitespace runs become one space", "Who\t\n is\u00a0 it?", "Who is it?"),
                Arguments.of("NFC composes", "cafe\u0301?", "caf\u00e9?"),
                Arguments.of("control characters removed", "a\u0000b\u0001c\u007f", "abc"),
                Arguments.of("escape sequences lose the escape", "\u001b[31mred", "[31mred"),
                Arguments.of("format characters removed", "\u202eabc\u200b\ufeff", "abc"),
                Arguments.of("soft hyphen removed", "co\u00adoperation", "cooperation"),
                Arguments.of("emoji kept beside letters", "duck \ud83e\udd86 facts", "duck \ud83e\udd86 facts"),
                Arguments.of("digits alone are enough", "2022", "2022"),
                Arguments.of("other scripts are letters", "\u738b\u6bc5", "\u738b\u6bc5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kept")
    void normalisesWhatItKeeps(String what, String given, String expected) {
        assertEquals(expected, new Question(given).text());
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("control characters only", "\u0000\u0001\u0002", "letter or digit"),
                Arguments.of("format characters only", "\u202e\u200b\ufeff", "letter or digit"),
                Arguments.of("whitespace only", " \t\u3000 ", "letter or digit"),
                Arguments.of("punctuation only", "?!...,;", "letter or digit"),
                Arguments.of("emoji only", "\ud83e\udd86\ud83e\udd86", "letter or digit"),
                Arguments.of("emoji with joiners only", "\ud83d\udc69\u200d\ud83d\udcbb", "letter or digit"),
                Arguments.of("combining mark only", "\u0301", "letter or digit"),
                Arguments.of("replacement characters only", "\ufffd\ufffd", "letter or digit"),
                Arguments.of("lone high surrogate", "\ud800", "lone surrogate"),
                Arguments.of("lone low surrogate beside letters", "abc\udc00", "lone surrogate"),
                Arguments.of("swapped surrogate pair", "\udd86\ud83e", "lone surrogate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejectsWhatHasNothingToAnswer(String what, String given, String reason) {
        InvalidQuestionException e = assertThrows(InvalidQuestionException.class, () -> new Question(given));
        assertTrue(e.getMessage().contains(reason), what + ": " + e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void rejectsNullAndOverlongQuestions() {
        assertThrows(InvalidQuestionException.class, () -> new Question(null));
        assertEquals(
                Question.MAX_CHARS,
                new Question("x".repeat(Question.MAX_CHARS)).text().length());
        InvalidQuestionException e =
                assertThrows(InvalidQuestionException.class, () -> new Question("x".repeat(Question.MAX_CHARS + 1)));
        assertTrue(e.getMessage().contains("at most 1000"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void normalisingTwiceChangesNothing() {
        String once = new Question(" cafe\u0301 \u200b  bar ").text();
        assertEquals(once, new Question(once).text());
    }
}
