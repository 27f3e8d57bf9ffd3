package dev.sourced.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The political parties a text names, by their adjective, their members or their initials ("Republican", "GOP",
 * "Democrats", "R-Ohio"). A question about one party's race ("Which Republican candidate was the runner-up in the
 * Iowa caucuses?") is not answered by a sentence that names only another party ("Jimmy Carter… winning the caucuses,
 * the Democratic nomination"): the party is a constraint like a year.
 */
final class Parties {
    private static final Map<String, String> PARTY_OF_WORD = Map.ofEntries(
            Map.entry("republican", "republican"),
            Map.entry("republicans", "republican"),
            Map.entry("gop", "republican"),
            Map.entry("democratic", "democratic"),
            Map.entry("democrat", "democratic"),
            Map.entry("democrats", "democratic"),
            Map.entry("libertarian", "libertarian"),
            Map.entry("libertarians", "libertarian"),
            Map.entry("labour", "labour"),
            Map.entry("conservative", "conservative"),
            Map.entry("conservatives", "conservative"),
            Map.entry("tory", "conservative"),
            Map.entry("tories", "conservative"),
            Map.entry("socialist", "socialist"),
            Map.entry("socialists", "socialist"));
    /** A lawmaker's party and state: "R-Ohio", "D-Calif.", "I-Vt.". */
    private static final Pattern PARTY_AND_STATE = Pattern.compile("\\b([RDI])-\\p{Lu}[\\p{L}.]*");
    /** Words after "Democratic" that make it a country's name ("Democratic Republic of the Congo"). */
    private static final Set<String> STATE_NAMES = Set.of("republic", "people's", "people");
    /** Words after a party's adjective that name its own bodies: "Democratic National Committee", "Republican Party". */
    private static final Set<String> PARTY_BODY_WORDS =
            Set.of("national", "party", "caucus", "conference", "convention", "committee", "leadership", "governors");

    private Parties() {}

    /** The party a capitalised {@code word} names ("Republicans": "republican"), or empty. */
    static Optional<String> of(String word) {
        if (!Words.isCapitalised(word)) {
            return Optional.empty();
        }
        return Optional.ofNullable(PARTY_OF_WORD.get(Words.base(word)));
    }

    /** Whether {@code word}, in base form, goes on from a party's adjective to a body of the party's own. */
    static boolean isPartyBodyWord(String word) {
        return PARTY_BODY_WORDS.contains(word);
    }

    /** Whether {@code word}, in any case, is a party's name or its adjective: "democratic", "Tories". */
    static boolean isPartyWord(String word) {
        return PARTY_OF_WORD.containsKey(Words.base(word));
    }

    /**
     * The parties {@code text} names: written with a capital (a "conservative" view is no party's), not the adjective
     * of a country's name ("Democratic Republic of the Congo").
     */
    static Set<String> in(String text) {
        Set<String> parties = new TreeSet<>();
        List<Phrase> words = Words.of(text);
        for (int i = 0; i < words.size(); i++) {
            boolean stateName = i + 1 < words.size()
                    && STATE_NAMES.contains(Words.base(words.get(i + 1).text()));
            if (!stateName) {
                of(words.get(i).text()).ifPresent(parties::add);
            }
        }
        Matcher lawmaker = PARTY_AND_STATE.matcher(text);
        while (lawmaker.find()) {
            switch (lawmaker.group(1)) {
                case "R" -> parties.add("republican");
                case "D" -> parties.add("democratic");
                default -> {} // an independent belongs to no party
            }
        }
        return parties;
    }

    /** Whether {@code word} is a lawmaker's party and state alone ("R-Ohio"), which names no one. */
    static boolean isPartyAndState(String word) {
        return PARTY_AND_STATE.matcher(word).matches();
    }

    /** Whether {@code text} names parties and none of {@code asked}, the parties a question names. */
    static boolean contradicts(Set<String> asked, String text) {
        if (asked.isEmpty()) {
            return false;
        }
        Set<String> named = in(text);
        return !named.isEmpty() && named.stream().noneMatch(asked::contains);
    }
}
