package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionNamesHeldTest {
    private static final String TITLE = "Storm news";

    /**
     * Each row: a question, a sentence read as its own passage (under the title "Storm news"), whether the question's
     * names stand in it: most of a name's words with its head, its initials, a chamber by its members' titles, a count
     * written either way, one of the statement's names; not a one-word name only starting a longer one.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What did Joe Biden sign?                          | Biden signed the bill.                                 | true
            What did Joe Biden sign?                          | The president signed the bill.                         | false
            Which team did the United States beat?            | The US team won 3-1.                                   | true
            Which bill did the Senate pass?                   | Sen. Maggie Hassan voted for the bill.                 | true
            Which city is at Level 2?                         | The city is at level two.                              | true
            What did the NFL announce?                        | The NFL Players Association announced a deal.          | false
            What did the NFL announce?                        | The NFL announced a deal.                              | true
            Cillian Murphy and Greta Gerwig were honored. Which film won? | Gerwig's film won the prize.               | true
            Cillian Murphy and Greta Gerwig were honored. Which film won? | The film won the prize.                    | false
            Which storm hit Britain?                          | It hit the country on Monday.                          | false
            """)
    void theQuestionsNamesStandInThePassageOrItsTitle(String question, String sentence, boolean held) {
        QuestionForm form = QuestionForm.of(question);
        QuestionNamesHeld names = new QuestionNamesHeld(
                form,
                List.of(),
                Map.of(),
                title -> Optional.empty(),
                (passage, title) -> contextOf(form, passage, title));
        assertEquals(held, names.by(sentence, contextOf(form, sentence, TITLE)));
    }

    /**
     * Each row: a question whose statement describes the story, a sentence, another passage read of the same article,
     * the article's whole text, whether the describing name is held: in another passage of the article, or, where it
     * sets the question's scene, anywhere in the article.
     */
    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Facing renewed calls in Congress for a ban, which app did the company defend? | It defended TikTok. | Lawmakers in Congress want a ban. | - | true
            Facing renewed calls in Congress for a ban, which app did the company defend? | It defended TikTok. | The app is popular.               | Congress wants a ban. | true
            Facing renewed calls in Congress for a ban, which app did the company defend? | It defended TikTok. | The app is popular.               | - | false
            """)
    void aNameThatDescribesTheStoryMayStandElsewhereInItsArticle(
            String question, String sentence, String otherPassage, String articleText, boolean held) {
        QuestionForm form = QuestionForm.of(question);
        QuestionNamesHeld names = new QuestionNamesHeld(
                form,
                List.of(),
                Map.of(TITLE, List.of(sentence, otherPassage)),
                title -> articleText.equals("-") ? Optional.empty() : Optional.of(articleText),
                (passage, title) -> contextOf(form, passage, title));
        assertEquals(held, names.by(sentence, contextOf(form, sentence, TITLE)));
    }

    private static PassageContext contextOf(QuestionForm form, String passage, String title) {
        return PassageContext.of(passage, title, form, Map.of(), List.of(), "", List.of());
    }
}
