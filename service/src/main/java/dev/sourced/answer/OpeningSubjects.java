package dev.sourced.answer;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The subjects a sentence opens with that refer back to a person the sentence before names: a personal pronoun ("He
 * said…", "And before she took the stage…") or a description of the person ("The comedian will return…").
 */
final class OpeningSubjects {
    /** Pronouns that open a sentence about a person the sentence before names. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    /** Personal pronouns whose referent a sentence they open names before it. */
    private static final Set<String> OPENING_PRONOUNS = Set.of("he", "she", "they", "his", "her", "their");
    /** The verbs by which a description names its subject: "The celebrity grand marshal is Kim Alexis". */
    private static final Set<String> COPULAS = Set.of("is", "was");
    /** Words that join a sentence to the one before it ahead of its subject, which is then the sentence's own. */
    private static final Set<String> COORDINATORS = Set.of("And", "But", "So", "Then", "Yet");
    /** Words that open a clause before the main one: "And before she took the stage, …". */
    private static final Set<String> SUBORDINATORS = Set.of(
            "when", "after", "before", "as", "while", "since", "once", "although", "though", "because", "if", "until");
    /** The most words a description that refers back to a person takes: "The former student". */
    private static final int MAX_ANAPHOR_WORDS = 4;

    private OpeningSubjects() {}

    /**
     * Whether {@code sentence} opens with a personal pronoun ("He said…", "Their…"), or with one after the words that
     * join it to the sentence before ("And before she took the stage…", "But when he…"): its referent stands before it.
     */
    static boolean opensWithPronoun(String sentence) {
        List<Phrase> words = Words.of(sentence.substring(Dateline.end(sentence)));
        if (words.isEmpty() || !Words.isCapitalised(words.getFirst().text())) {
            return false;
        }
        int at = 0;
        // "And before she…": a coordinator, then maybe a subordinator; "When she was 12, Simone Biles…" points ahead.
        if (words.size() > 2 && COORDINATORS.contains(words.getFirst().text())) {
            at = SUBORDINATORS.contains(words.get(1).lower()) ? 2 : 1;
        }
        return OPENING_PRONOUNS.contains(Words.base(words.get(at).text()));
    }

    /** Whether a subject {@link #referringBack} found is a pronoun ("He", "And she"), which refers to a person only. */
    static boolean isPronoun(Phrase subject) {
        return SUBJECT_PRONOUNS.contains(
                Words.base(Words.of(subject.text()).getLast().text()));
    }

    /**
     * The subject a sentence opens with when it refers back to a person: "He", "She", or "The" then up to three
     * lower-case words ending in the asked-for kind, a noun for a person the question describes it with or, when no
     * kind is asked ("who"), any noun for a person ("The comedian", "The 16-year-old star", "The former Delaware State
     * University student"; the question's own words do not count), followed by a lower-case word (its verb); {@code
     * null} otherwise.
     *
     * @param askedKind the head of the asked-for kind ("comedian" of "which comedian"), or "" when none is asked
     * @param given whether the question says a word or names the asked-for kind with it
     */
    static Phrase referringBack(String sentence, String askedKind, Predicate<String> given) {
        int bodyStart = Dateline.end(sentence);
        List<Phrase> words = Words.of(sentence.substring(bodyStart));
        if (words.size() < 2) {
            return null;
        }
        String first = words.getFirst().text();
        int last = -1;
        // "He", "She", also with a contracted verb ("He'll", "She's").
        if (SUBJECT_PRONOUNS.contains(Words.base(first)) && Words.isCapitalised(first)) {
            last = 0;
        } else if (COORDINATORS.contains(first)
                && SUBJECT_PRONOUNS.contains(Words.base(words.get(1).text()))) {
            // "So he worked it out…", "And she won…": the subject after the word that joins its sentence to the last.
            last = 1;
        } else if (first.equals("The")) {
            // Words the question also says may describe the person at any length ("The former Delaware State
            // University student" for "Which singer, a former Delaware State University student, …").
            int unsaid = 0;
            for (int i = 1; i < words.size() - 1 && unsaid < MAX_ANAPHOR_WORDS - 1; i++) {
                String w = words.get(i).text();
                boolean said = given.test(w);
                if (w.endsWith("'s") || w.endsWith("’s") || !said && Words.isCapitalised(w)) {
                    return null;
                }
                unsaid += said ? 0 : 1;
                boolean singularPerson = NameKind.isPersonNoun(w) && !w.endsWith("s");
                boolean kind =
                        askedKind.isEmpty() ? singularPerson : Words.sameWord(w, askedKind) || said && singularPerson;
                if (kind) {
                    last = i;
                    break;
                }
            }
        }
        if (last < 0 || last + 1 >= words.size()) {
            return null;
        }
        Phrase next = words.get(last + 1);
        String between = sentence.substring(bodyStart + words.get(last).end(), bodyStart + next.start());
        if (!between.isBlank() || Words.isCapitalised(next.text())) {
            return null;
        }
        if (first.equals("The") && namesItself(words, last)) {
            return null;
        }
        return Phrase.of(
                sentence,
                bodyStart + words.getFirst().start(),
                bodyStart + words.get(last).end());
    }

    /**
     * Whether a subject that ends at word {@code last} goes on, through the rest of its noun, to "is" or "was" and a
     * name ("The celebrity grand marshal is Kim Alexis"): the sentence names the person itself. A word of a closed class
     * ends the noun first ("The senator said it was Biden…"), and "Trump's pick" or "Oscar-nominated" names no one.
     */
    private static boolean namesItself(List<Phrase> words, int last) {
        for (int i = last + 1; i < Math.min(words.size() - 1, last + 1 + MAX_ANAPHOR_WORDS); i++) {
            String w = words.get(i).text();
            if (COPULAS.contains(w)) {
                String name = words.get(i + 1).text();
                return Words.isCapitalised(name) && !Names.isPossessive(name) && !Names.isCompoundModifier(name);
            }
            if (Words.isClosedClass(w) || Words.isCapitalised(w)) {
                return false;
            }
        }
        return false;
    }
}
