package dev.sourced.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Whether the names a question writes stand in the evidence a sentence is read in: each name in its passage or its
 * title, or, for a name that only describes the story, in another passage read of its article or, where it sets the
 * question's scene, anywhere in the article's text. Built once per question with its reader; thread-confined.
 */
final class QuestionNamesHeld {
    /** A legislative chamber's name and the titles its members are written with. */
    private static final Map<String, List<String>> CHAMBER_MEMBERS = Map.of(
            "senate", List.of("sen", "senator", "senators"),
            "house", List.of("rep", "representative", "representatives", "congressman", "congresswoman"));

    private final QuestionForm form;
    /** The question's first word as a name it must meet, when the evidence writes it as one; else empty. */
    private final List<String> openingName;
    /** The passages read, by their article's title. */
    private final Map<String, List<String>> passagesByTitle;
    /** The whole text of an article, by its title, when the reader may look beyond the passages read. */
    private final Function<String, Optional<String>> articleTextByTitle;
    /** The context a passage under a title is read in, worked out once by the reader. */
    private final BiFunction<String, String, PassageContext> contextOf;
    /** Whether the passages read of an article hold a name the question writes only to describe the story. */
    private final Map<ArticleEntity, Boolean> heldInArticle = new HashMap<>();

    QuestionNamesHeld(
            QuestionForm form,
            List<String> openingName,
            Map<String, List<String>> passagesByTitle,
            Function<String, Optional<String>> articleTextByTitle,
            BiFunction<String, String, PassageContext> contextOf) {
        this.form = form;
        this.openingName = openingName;
        this.passagesByTitle = passagesByTitle;
        this.articleTextByTitle = articleTextByTitle;
        this.contextOf = contextOf;
    }

    /**
     * Every name of the question must stand in the evidence (the passage or its title): at least half of its words
     * (one of a person's two names), or its initials in capitals ("US" for "United States"), and in the sentence not
     * only as the start of a longer name ("NFL" in "NFL Players Association" is another body). Of the names only a
     * statement before the question gives, one is enough: they set the scene ("Cillian Murphy and Greta Gerwig are
     * among the honorees"), and a story may be about one of them.
     */
    boolean by(String sentence, PassageContext context) {
        List<String> contextWords = contextWords(sentence, context.words());
        boolean sceneMet = form.background().isEmpty();
        List<List<String>> names = new ArrayList<>(form.entities());
        if (!openingName.isEmpty()) {
            names.add(openingName);
        }
        for (List<String> entity : names) {
            boolean held = held(entity, contextWords, context)
                    || form.describing().contains(entity)
                            && heldInArticle(
                                    entity, context.title(), form.scene().contains(entity));
            // The first word opens the statement before the question when there is one.
            boolean scene = form.background().contains(entity)
                    || entity == openingName && !form.background().isEmpty();
            if (scene) {
                sceneMet |= held;
            } else if (!held) {
                return false;
            }
        }
        return sceneMet;
    }

    /**
     * Whether the words of a passage and its title ({@code contextWords}) write most of {@code entity}'s words, its head
     * among them when it has two, or an abbreviation of it that they spell out, or, for a state, the abbreviation news
     * style writes after a town ("Roseburg, Ore.").
     */
    private boolean held(List<String> entity, List<String> contextWords, PassageContext context) {
        long found = entity.size() == 1
                ? (holds(contextWords, entity.getFirst()) ? 1 : 0)
                : entity.stream().filter(w -> containsNameWord(contextWords, w)).count();
        boolean headFound = entity.size() != 2 || containsNameWord(contextWords, entity.getLast());
        return found * 2 >= entity.size() && headFound
                || (entity.size() == 1
                        ? context.abbreviations().abbreviates(entity.getFirst())
                        : context.abbreviations().contains(Abbreviations.initials(entity)))
                || Territories.abbreviatedAfterTown(String.join(" ", entity), context.titled());
    }

    /**
     * Whether another passage read of the article titled {@code title}, or else, for a name that sets the question's
     * scene ({@code anywhere}), the article's whole text, holds {@code entity} ({@link #held}).
     */
    private boolean heldInArticle(List<String> entity, String title, boolean anywhere) {
        return heldInArticle.computeIfAbsent(
                new ArticleEntity(title, entity, anywhere),
                key -> Stream.concat(
                                passagesByTitle.getOrDefault(title, List.of()).stream(),
                                Stream.of(title)
                                        .filter(t -> anywhere)
                                        .flatMap(t -> articleTextByTitle.apply(t).stream()))
                        .map(passage -> contextOf.apply(passage, title))
                        .anyMatch(other -> held(entity, other.words(), other)));
    }

    private record ArticleEntity(String title, List<String> entity, boolean anywhere) {}

    /** The context's words, less those of names in the sentence that extend one of the question's names. */
    private List<String> contextWords(String sentence, List<String> contextWords) {
        // Only a one-word name of the question can be extended (extends_): for others the sentence's names are not
        // read.
        if (form.entities().stream().noneMatch(entity -> entity.size() == 1)) {
            return contextWords;
        }
        List<String> words = contextWords;
        for (Phrase name : Names.in(sentence)) {
            List<String> nameWords = Words.of(name.text()).stream()
                    .map(p -> Words.base(p.text()))
                    .toList();
            for (List<String> entity : form.entities()) {
                if (extends_(nameWords, entity)) {
                    words = words == contextWords ? new ArrayList<>(contextWords) : words;
                    nameWords.forEach(words::remove);
                }
            }
        }
        return words;
    }

    /**
     * Whether {@code name} is a longer name that a one-word name of the question only starts ("NFL" in "NFL Players
     * Association"). A longer name of the question is a title a person's name may follow ("UN Secretary General
     * António Guterres"), so only one-word names are held to this. A party's adjective is met by the names of its
     * own bodies ("Democratic National Committee").
     */
    private static boolean extends_(List<String> name, List<String> entity) {
        if (entity.size() != 1 || name.size() <= entity.size()) {
            return false;
        }
        // A party's adjective says whose, in the question ("the first Democratic primary") as in the name of the
        // party's own body ("the Democratic National Committee"), not in another's ("Democratic Republic of Congo").
        if (Parties.isPartyWord(entity.getFirst()) && Parties.isPartyBodyWord(name.get(entity.size()))) {
            return false;
        }
        for (int i = 0; i < entity.size(); i++) {
            if (!Words.sameWord(name.get(i), entity.get(i))) {
                return false;
            }
        }
        // "Masimo CEO Joe Kiani" is a title and a person after the body, not a longer body.
        return !Words.isNumeric(name.get(entity.size())) && !NameKind.isTitle(name.get(entity.size()));
    }

    /**
     * Whether {@code words} hold a question's one-word name as it is or, for a country, by its people's name: "France's
     * prime minister" is held by "French President Emmanuel Macron named…", "the French agency" by "France's agency".
     * A longer name is held by its own words only: "New Mexico" is not held by "the new Mexican governor", nor "the New
     * England Patriots" by "the new coach, who speaks English".
     */
    private static boolean holds(List<String> words, String word) {
        if (Words.anySame(words, word)) {
            return true;
        }
        // "Sen. Maggie Hassan" tells of the Senate: a chamber is written by its members' titles.
        List<String> members = CHAMBER_MEMBERS.getOrDefault(Words.base(word), List.of());
        if (members.stream().anyMatch(title -> Words.anySame(words, title))) {
            return true;
        }
        String country = Territories.countryOf(word);
        return !country.isEmpty() && words.stream().anyMatch(w -> country.equals(Territories.countryOf(w)));
    }

    /**
     * Whether {@code words} hold {@code word} of a question's name ({@link Words#anySame}), or the same count written the
     * other way: "Level 2" is held by "level two", and "Level two" by "level 2".
     */
    private static boolean containsNameWord(List<String> words, String word) {
        int count = countOf(word);
        return Words.anySame(words, word) || count > 0 && words.stream().anyMatch(w -> countOf(w) == count);
    }

    /** The count a word writes in figures or in words, from two to twelve ("2", "two"); 0 for any other word. */
    private static int countOf(String word) {
        int written = Words.numberWordValue(word);
        if (written > 0 || word.isEmpty() || word.length() > 2 || !word.chars().allMatch(Character::isDigit)) {
            return written;
        }
        int figures = Integer.parseInt(word);
        return figures >= 2 && figures <= 12 ? figures : 0;
    }
}
