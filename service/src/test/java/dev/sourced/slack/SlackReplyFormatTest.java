package dev.sourced.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sourced.answer.Citation;
import dev.sourced.corpus.Provenance;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlackReplyFormatTest {
    private static final Citation BARE =
            new Citation(1, "mill", "Tide mill", "mill#0", "Mart Saar restored it.", 0, 22, 1);
    private static final String READER = "https://sourced.example.org/articles/mill?hl=0-22#passage";

    private static Citation titled(String title) {
        return new Citation(1, "mill", title, "mill#0", "Mart Saar restored it.", 0, 22, 1);
    }

    static Stream<Arguments> lines() {
        LocalDate june3 = LocalDate.of(2024, 6, 3);
        return Stream.of(
                Arguments.of(BARE, "[1] Tide mill — \"Mart Saar restored it.\""),
                Arguments.of(titled(null), "[1] mill — \"Mart Saar restored it.\""),
                Arguments.of(titled(" \n"), "[1] mill — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, Provenance.NONE),
                        "[1] Tide mill (3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, new Provenance("Pärnu <Post> & Co", null, "Kadri Lepp")),
                        "[1] Tide mill (Pärnu &lt;Post&gt; &amp; Co, 3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(null, new Provenance("Pärnu Postimees", "https://example.com/m?a=1", null)),
                        "[1] Tide mill (<https://example.com/m?a=1|Pärnu Postimees>) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, new Provenance(null, "https://example.com/m", null)),
                        "[1] Tide mill (<https://example.com/m|original>, 3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(null, new Provenance("Post | Daily", "https://example.com/m", null)),
                        "[1] Tide mill (<https://example.com/m|Post ¦ Daily>) — \"Mart Saar restored it.\""),
                // Unlinked, a '|' means nothing to Slack and stays.
                Arguments.of(
                        titled("Mills <b> & | tides"),
                        "[1] Mills &lt;b&gt; &amp; | tides — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withUrl(READER).withArticle(june3, Provenance.NONE),
                        "[1] <" + READER + "|Tide mill> (3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        titled("Mills <b> & | tides").withUrl(READER),
                        "[1] <" + READER + "|Mills &lt;b&gt; &amp; ¦ tides> — \"Mart Saar restored it.\""),
                Arguments.of(titled(null).withUrl(READER), "[1] <" + READER + "|mill> — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withUrl("/articles/mill?hl=0-22#passage"), "[1] Tide mill — \"Mart Saar restored it.\""),
                Arguments.of(
                        titled("The tide mill at Pärnu, restored over three summers by Mart Saar and his neighbours,"
                                + " grinds grain again"),
                        "[1] The tide mill at Pärnu, restored over three summers by Mart Saar and his neighbours,"
                                + " grinds grain… — \"Mart Saar restored it.\""));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void aCitationShowsItsTitleOutletAndDate(Citation citation, String expected) {
        assertEquals(expected, SlackReplyFormat.citationLine(citation));
    }
}
