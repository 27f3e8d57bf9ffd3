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

    static Stream<Arguments> lines() {
        LocalDate june3 = LocalDate.of(2024, 6, 3);
        return Stream.of(
                Arguments.of(BARE, "[1] mill — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, Provenance.NONE),
                        "[1] mill (3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, new Provenance("Pärnu <Post> & Co", null, "Kadri Lepp")),
                        "[1] mill (Pärnu &lt;Post&gt; &amp; Co, 3 June 2024) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(null, new Provenance("Pärnu Postimees", "https://example.com/m?a=1", null)),
                        "[1] mill (<https://example.com/m?a=1|Pärnu Postimees>) — \"Mart Saar restored it.\""),
                Arguments.of(
                        BARE.withArticle(june3, new Provenance(null, "https://example.com/m", null)),
                        "[1] mill (<https://example.com/m|original>, 3 June 2024) — \"Mart Saar restored it.\""));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void aCitationShowsItsOutletAndDateBesideTheArticle(Citation citation, String expected) {
        assertEquals(expected, SlackReplyFormat.citationLine(citation));
    }
}
