package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Provenance;
import dev.sourced.corpus.Span;
import dev.sourced.retrieval.Hit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AsOfWordingTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    private static final AsOfWording WORDING =
            new AsOfWording(30, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private static final String TEXT = "Liis Kask. — “Liis Kask designed the library.” [1]";

    private static Citation cited(int n, LocalDate published) {
        String text = "Liis Kask designed the library.";
        return new Citation(n, "a" + n, "Title", "a" + n + "#0", text, 0, text.length(), 0.9)
                .withArticle(published, Provenance.NONE);
    }

    /** An answer citing one article per date, numbered in order as generators do. */
    private static Answer answer(LocalDate... published) {
        List<Citation> citations = new ArrayList<>();
        for (LocalDate date : published) {
            citations.add(cited(citations.size() + 1, date));
        }
        return new Answer(TEXT, true, citations, "extractive", null);
    }

    static Stream<Arguments> cases() {
        LocalDate june3 = LocalDate.of(2024, 6, 3);
        return Stream.of(
                Arguments.of(
                        "a question about this week, fresh evidence",
                        "Who designed the library this week?",
                        LocalDate.of(2024, 6, 5),
                        answer(june3),
                        "As of 3 June 2024, " + TEXT,
                        null),
                Arguments.of(
                        "the newest of the cited articles dates the answer",
                        "Who is the current head of the library?",
                        LocalDate.of(2024, 6, 5),
                        answer(LocalDate.of(2024, 5, 1), june3),
                        "As of 3 June 2024, " + TEXT,
                        null),
                Arguments.of(
                        "'now' asks about the present; evidence past the limit is called stale",
                        "Who runs the library now?",
                        LocalDate.of(2024, 7, 18),
                        answer(june3),
                        "As of 3 June 2024, " + TEXT
                                + " The newest article found is from 3 June 2024, 45 days before 18 July 2024.",
                        true),
                Arguments.of(
                        "exactly at the limit is not stale",
                        "What is the latest design?",
                        LocalDate.of(2024, 7, 3),
                        answer(june3),
                        "As of 3 June 2024, " + TEXT,
                        null),
                Arguments.of(
                        "without an as-of date, today is the day asked",
                        "What is the newest library?",
                        null,
                        answer(LocalDate.of(2024, 5, 1)),
                        "As of 1 May 2024, " + TEXT
                                + " The newest article found is from 1 May 2024, 60 days before 30 June 2024.",
                        true),
                Arguments.of(
                        "a question not about the present is left as it is",
                        "Who designed the library in Tallinn?",
                        LocalDate.of(2024, 9, 5),
                        answer(june3),
                        TEXT,
                        null),
                Arguments.of(
                        "undated evidence cannot date the answer",
                        "Who designed the library this week?",
                        LocalDate.of(2024, 6, 5),
                        answer((LocalDate) null),
                        TEXT,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recentQuestionsAreAnsweredAsOfTheirNewestArticle(
            String name, String question, LocalDate asOf, Answer given, String expected, Boolean stale) {
        Answer worded = WORDING.word(given, question, asOf);
        assertEquals(expected, worded.text());
        assertEquals(stale, worded.stale());
        assertEquals(given.citations(), worded.citations(), "citations keep the articles' own characters");
    }

    @Test
    void anAbstentionIsNotDated() {
        Answer abstention = new Answer("The articles do not say.", false, List.of(cited(1, TODAY)), "extractive", null);
        Answer worded = WORDING.word(abstention, "Who runs the library now?", LocalDate.of(2025, 1, 1));
        assertEquals(abstention.text(), worded.text());
        assertNull(worded.stale());
    }

    @Test
    void aModelAnswerThatDatesItselfIsNotDatedTwice() {
        Answer llm =
                new Answer("As of June 2024, Liis Kask leads it [1].", true, List.of(cited(1, TODAY)), "llm", null);
        assertEquals(llm.text(), WORDING.word(llm, "Who leads it now?", TODAY).text());
    }

    @Test
    void citationsTakeTheirArticlesDetailsFromThePassages() {
        Citation bare = new Citation(1, "a1", "Title", "a1#0", "Liis Kask.", 0, 10, 0.9);
        Answer answer = new Answer("Liis Kask. [1]", true, List.of(bare), "extractive", null);
        Hit hit = new Hit(
                new Chunk("a1#0", "a1", 0, 10, "Liis Kask.", List.of(new Span(0, 10))),
                "Title",
                LocalDate.of(2024, 6, 3),
                0.5,
                List.of("bm25"),
                List.of(),
                new Provenance("Harbour Herald", "https://example.com/a1", "Mari Mets"));
        Citation told = CitationDetails.of(answer, List.of(hit)).citations().getFirst();
        assertEquals(LocalDate.of(2024, 6, 3), told.published());
        assertEquals("Harbour Herald", told.outlet());
        assertEquals("https://example.com/a1", told.originalUrl());
        assertEquals("Mari Mets", told.author());
        assertEquals(bare.text(), told.text());
    }

    /** Each row: an answer's text, that text without the date the wording put before it. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            As of 2 March 2022, 64. — “64 South Koreans were there.” [1]  | 64. — “64 South Koreans were there.” [1]
            As of Thursday, a total of 64 South Koreans were there. [1]     | As of Thursday, a total of 64 South Koreans were there. [1]
            64. — “64 South Koreans were there.” [1]                       | 64. — “64 South Koreans were there.” [1]
            """)
    void theDateTheWordingPutsBeforeAnAnswerCanBeTakenOff(String worded, String undated) {
        assertEquals(undated, AsOfWording.undated(worded));
    }
}
