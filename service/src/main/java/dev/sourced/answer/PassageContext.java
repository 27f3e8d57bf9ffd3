package dev.sourced.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a sentence is read in for one question, worked out once for all the sentences of a passage: the article's
 * title, and the words (base forms, without periods), abbreviations, names and numbers of the passage and its title,
 * and whether they tell of another one of a numbered series the question asks about. {@code titled}, the title above
 * the passage, is what an answer phrase is checked against, with its words ({@code titledWords}, only for a question
 * that asks for a typed answer); the names only for a question that asks for one; the numbers only when the question
 * states one; {@code postHolders}, the names of those it writes the asked position before ({@link Positions#holders}).
 */
record PassageContext(
        String title,
        List<String> words,
        LazyAbbreviations lazyAbbreviations,
        String titled,
        List<Phrase> titledWords,
        List<NameKind.Mention> names,
        Set<String> numbers,
        boolean anotherOfSeries,
        List<List<String>> postHolders) {

    /**
     * The context of {@code passage} under {@code title} for the question read as {@code form}.
     *
     * @param series the series the question names one of by its number ({@link NumberedNames#in})
     * @param position the spellings of the post the question asks the holder of, or empty ({@link Positions})
     * @param positionBody the body whose post it is, or ""
     * @param portfolios the words that name the post's office besides its head
     */
    static PassageContext of(
            String passage,
            String title,
            QuestionForm form,
            Map<String, Set<String>> series,
            List<String> position,
            String positionBody,
            List<String> portfolios) {
        String text = passage + " " + title;
        String titled = title + "\n" + passage;
        List<NameKind.Mention> names = new ArrayList<>();
        // Only a question asking for a name reads the kinds of the names around an answer.
        if (form.type().isName()) {
            Names.in(title).forEach(n -> names.add(NameKind.Mention.of(title, n)));
            Names.in(passage).forEach(n -> names.add(NameKind.Mention.of(passage, n)));
        }
        return new PassageContext(
                title,
                Words.of(text).stream()
                        .flatMap(p ->
                                Stream.concat(Stream.of(Words.base(p.text()).replace(".", "")), namedParts(p.text())))
                        .toList(),
                new LazyAbbreviations(text),
                titled,
                form.type().isTyped() ? Words.of(titled) : List.of(),
                names,
                form.numbers().isEmpty() ? Set.of() : StatedNumbers.in(text),
                !series.isEmpty()
                        && NumberedNames.aboutAnother(
                                series, titled, title + "\n" + NonEvidence.unlabelledLines(passage)),
                position.isEmpty() ? List.of() : Positions.holders(titled, position, positionBody, portfolios));
    }

    /** Read only for a name of the question its words do not meet, once. */
    Abbreviations abbreviations() {
        return lazyAbbreviations.get();
    }

    /**
     * The names a hyphenated compound is made of, in base form: "zero-Covid" names Covid and "Moscow-backed" Moscow, by
     * their capitalised parts; "X-ray", "meta-analysis" and "11-year-old" name nothing.
     */
    private static Stream<String> namedParts(String word) {
        if (word.indexOf('-') <= 0) {
            return Stream.empty();
        }
        return Stream.of(word.split("-"))
                .filter(part -> part.length() > 1 && Words.isCapitalised(part) && !Words.isNumeric(part))
                .map(Words::base);
    }

    /** A text's abbreviations, worked out when first asked for: most questions' names are met by their words. */
    private static final class LazyAbbreviations {
        private final String text;
        private Abbreviations abbreviations;

        LazyAbbreviations(String text) {
            this.text = text;
        }

        Abbreviations get() {
            if (abbreviations == null) {
                abbreviations = Abbreviations.of(text);
            }
            return abbreviations;
        }
    }
}
