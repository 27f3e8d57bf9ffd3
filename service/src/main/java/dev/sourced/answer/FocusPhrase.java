package dev.sourced.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The noun phrase that names the kind a question asks for, read from where its question word leaves off: "airline" of
 * "which airline", "classic video game" of "which classic video game was finally beaten", "chief executive" of "who is
 * the association's chief executive". It ends where the verb, a time word, a clause or punctuation starts, and a
 * possessor in it is a constraint, not the kind ("the Hamburgler's car").
 */
final class FocusPhrase {
    /** The most words a kind's phrase runs to ("Cubs minor league pitching coach"). */
    static final int MAX_WORDS = 6;
    /** Words that point back at what the story told of ("that company"), as "the" does. */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    /**
     * "The name of his boat": a possessive determiner points at the kind after it, as an article does. "Her" is left
     * out: after a verb it is its object ("what did fans nickname her last season").
     */
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "its", "their", "our", "my", "your");
    /** Those who act on a person in the news, named as a body: "the man police arrested". */
    private static final Set<String> ACTING_BODIES = Set.of(("police authorities officials investigators prosecutors "
                    + "officers agents troops soldiers voters fans critics doctors")
            .split(" "));
    /** The words that open a phrase pointing back at what the statement before a question told. */
    static final Set<String> DEFINITE =
            Set.of("the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "your");
    /** Punctuation that ends a noun phrase: a comma, a colon, a bracket, a dash between spaces. */
    private static final Pattern PHRASE_BREAK = Pattern.compile("[,;:()\\[\\]?!]|\\s[–—-]\\s");
    /**
     * Words that go on after a verb's object ("upset Måneskin to be named…"), not after a name inside a kind's noun
     * phrase ("Secretaries of State", "official Biden will nominate").
     */
    private static final Set<String> AFTER_OBJECT = Set.of(
            "to", "in", "at", "on", "for", "with", "by", "from", "as", "and", "after", "before", "during", "into");

    private FocusPhrase() {}

    /**
     * The noun phrase after "which": up to six words after any article ("the new limited-edition Oreo cookie", "Cubs
     * minor league pitching coach"), up to the next closed-class word, verb, time word or punctuation ("Which comedian,
     * currently on tour, …").
     */
    static Set<String> of(String question, List<Phrase> words, int from) {
        Set<String> focus = new LinkedHashSet<>();
        collectPhrase(question, words, from, from, focus);
        return focus;
    }

    /**
     * The role after "who is the": a possessor there is a constraint, not what is asked ("Who is the association's
     * chief executive?" asks for an executive).
     */
    static Set<String> role(String question, List<Phrase> words, int from) {
        Set<String> focus = new LinkedHashSet<>();
        collectPhrase(question, words, from, -1, focus);
        return focus;
    }

    /**
     * Whether the word at {@code i} opens a clause about the person the focus names: "the man police arrested", "the
     * woman prosecutors charged" (a body that acts, then its verb, after a person's noun).
     */
    private static boolean startsRelativeClause(List<Phrase> words, int i, Set<String> focus) {
        return !focus.isEmpty()
                && i + 1 < words.size()
                && NameKind.isPersonNoun(words.get(i - 1).text())
                && ACTING_BODIES.contains(Words.base(words.get(i).text()))
                && Words.isPastTense(words.get(i + 1).text());
    }

    /**
     * Whether the word at {@code i} is a verb whose object is a name: a lower-case word after a lower-case noun of the
     * kind and before a capitalised word ("which jazz singer upset Måneskin"). A kind's nouns come after the names
     * that qualify it ("which Cubs minor league pitching coach"), not before them.
     */
    private static boolean verbBeforeName(String question, List<Phrase> words, int i, int from) {
        if (i == from
                || i + 1 >= words.size()
                || Words.isCapitalised(words.get(i - 1).text())
                || Words.isCapitalised(words.get(i).text())
                || !Words.isCapitalised(words.get(i + 1).text())
                || words.get(i + 1).text().equals(words.get(i + 1).text().toUpperCase(Locale.ROOT))
                || breaksBetween(question, words, i + 1)) {
            return false;
        }
        // A name before a noun qualifies it ("which new limited-edition Oreo cookie"): an object ends the phrase.
        int next = i + 1;
        while (next < words.size()
                && Words.isCapitalised(words.get(next).text())
                && !breaksBetween(question, words, next)) {
            next++;
        }
        return !NameKind.isTitle(words.get(i + 1).text())
                && (next == words.size()
                        || breaksBetween(question, words, next)
                        || AFTER_OBJECT.contains(words.get(next).text().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether the word at {@code i} is a verb in the present tense before its object: a lower-case word in "-s" after a
     * singular noun of the kind and before a determiner ("which Rhode Island Democrat chairs that subcommittee", "which
     * team plays the Chiefs"); "that" before a closed-class word or a past form opens a clause instead ("which state
     * agencies that the governor oversees").
     */
    private static boolean presentVerbBeforeObject(List<Phrase> words, int i, Set<String> focus) {
        if (focus.isEmpty() || i + 1 >= words.size()) {
            return false;
        }
        String w = words.get(i).text();
        String next = words.get(i + 1).lower();
        // "this" and "these" open a time as often ("which state lawmakers this week proposed…").
        boolean determiner = DEFINITE.contains(next) && !DEMONSTRATIVES.contains(next)
                || next.equals("a")
                || next.equals("an")
                || next.equals("that")
                        && i + 2 < words.size()
                        && !Words.isClosedClass(words.get(i + 2).text())
                        && !Words.isPastTense(words.get(i + 2).text());
        return !Words.isCapitalised(w)
                && Words.isPlural(w)
                && !Words.isPlural(words.get(i - 1).text())
                && determiner;
    }

    /** Whether punctuation stands between the word at {@code i} and the one before it. */
    private static boolean breaksBetween(String question, List<Phrase> words, int i) {
        return PHRASE_BREAK
                .matcher(question.substring(words.get(i - 1).end(), words.get(i).start()))
                .find();
    }

    /**
     * Whether the word at {@code i}, in "-ed", is an adjective made of a word and a participle before the noun it
     * describes ("two self-proclaimed republics", "which state-owned bank"), not a verb ("which country test-fired a
     * missile", "which congressman co-sponsored Sen. Rubio's bill").
     */
    private static boolean isCompoundAdjective(List<Phrase> words, int i) {
        if (!Names.isCompoundModifier(words.get(i).text()) || i + 1 >= words.size()) {
            return false;
        }
        String next = words.get(i + 1).text();
        return !Words.isCapitalised(next) && !Words.isClosedClass(next) && !Words.isPastTense(next);
    }

    /** Whether the word at {@code i} is an adverb before a verb: "which federal judge temporarily barred…". */
    private static boolean modifiesVerb(List<Phrase> words, int i) {
        String w = words.get(i).text();
        return w.endsWith("ly")
                && !Words.isCapitalised(w)
                && i + 1 < words.size()
                && Words.isPastTense(words.get(i + 1).text());
    }

    /**
     * Whether the word at {@code i} is a demonstrative or a possessive determiner and a word that may be a noun follows
     * it.
     */
    private static boolean determinerBeforeNoun(List<Phrase> words, int i) {
        String word = words.get(i).text().toLowerCase(Locale.ROOT);
        if (!DEMONSTRATIVES.contains(word) && !POSSESSIVE_DETERMINERS.contains(word) || i + 1 >= words.size()) {
            return false;
        }
        String next = words.get(i + 1).text();
        return !Words.isClosedClass(next) && !Words.isPastTense(next);
    }

    /** @param first the word whose possessive asks for the possessor ("which country's"), or -1 */
    private static void collectPhrase(String question, List<Phrase> words, int from, int first, Set<String> focus) {
        // "What is the name of that company?", "the name of his boat": a demonstrative or a possessive before a noun
        // points back at the kind, as an article does; "those killed" and "that called" have none.
        while (from < words.size() && (Words.isArticle(words.get(from).text()) || determinerBeforeNoun(words, from))) {
            from++;
        }
        for (int i = from; i < Math.min(words.size(), from + MAX_WORDS); i++) {
            String w = words.get(i).text();
            // "Which Hall of Fame pitcher": "of" inside a name qualifying the kind.
            if (w.equals("of") && i > from && nameOfBeforeKind(words, i)) {
                continue;
            }
            // "Which comedian announced…", "which NFL team won…", "which NFL team recently won…": the kind ends
            // where the verb or a word that only says when starts.
            if (Words.isClosedClass(w)
                    || !focus.isEmpty()
                            && (Words.isPastTense(w) && !isCompoundAdjective(words, i)
                                    || Recency.isTimeWord(w)
                                    || modifiesVerb(words, i))
                    || i > from && breaksBetween(question, words, i)
                    || startsRelativeClause(words, i, focus)
                    || verbBeforeName(question, words, i, from)
                    || presentVerbBeforeObject(words, i, focus)) {
                break;
            }
            if (w.endsWith("'s") || w.endsWith("’s")) {
                // "Which country's ambassador": "which" asks for the possessor, a noun right after it.
                if (i == first && !Words.isCapitalised(w)) {
                    focus.add(Words.base(w));
                    return;
                }
                // "the Hamburgler's car": the possessor is a constraint, the kind asked for follows it.
                focus.clear();
                continue;
            }
            focus.add(Words.base(w));
        }
    }

    /**
     * Whether the "of" at {@code i} joins a capitalised name that a noun of the asked kind follows ("Hall of Fame
     * pitcher"), not a role to its holder's body ("CEO of OpenAI", "Secretary of State resigned").
     */
    private static boolean nameOfBeforeKind(List<Phrase> words, int i) {
        int j = i + 1;
        while (j < words.size() && Words.isCapitalised(words.get(j).text())) {
            j++;
        }
        if (j == i + 1
                || j == words.size()
                || !Words.isCapitalised(words.get(i - 1).text())) {
            return false;
        }
        String next = words.get(j).text();
        return !Words.isClosedClass(next)
                && !Words.isPastTense(next)
                && !Recency.isTimeWord(next)
                && !next.endsWith("ly");
    }
}
