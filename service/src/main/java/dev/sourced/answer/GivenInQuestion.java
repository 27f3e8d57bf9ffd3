package dev.sourced.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the question already says, held against a phrase of the evidence: a name it gives is no answer to it ("Luke
 * Littler" for "who beat Luke Littler"), and the words it gives are cut from the name that answers ("António Guterres"
 * of "UN Secretary General António Guterres" for "which UN Secretary General"). Built once per question.
 */
final class GivenInQuestion {
    /** A name's words as news writes them cut short and in full, in base form: "St." and "Saint". */
    private static final Map<String, String> SHORT_NAME_WORDS = Map.of("st", "saint", "mt", "mount", "ft", "fort");
    /** How many words a name must add before a name of the question it ends with to be that name retitled. */
    private static final int WORDS_BEFORE_QUESTION_NAME = 2;

    private final QuestionForm form;
    /** The question's words of no closed class, in their base forms, with the names compounds give ("Destin"). */
    private final List<String> questionWords;
    /** The question's words as it writes them, capitals and all, without a possessive's ending. */
    private final Set<String> writtenWords;
    /** The question asks for a person: a title before a name is then no part of it. */
    private final boolean asksForPerson;
    /** The question asks for a relative ("who is Carty's wife"), who may share a surname it gives. */
    private final boolean asksForRelative;
    /** The names of one word the question's statement writes as a person's may be ({@link NamedPerson#surnamesOf}). */
    private final List<String> statementSurnames;

    GivenInQuestion(String question, QuestionForm form) {
        this.form = form;
        this.asksForPerson = form.asked().asksForPerson();
        this.asksForRelative = form.asked().asksForRelative();
        // Closed-class is judged on the word as written: "US" of "US Africa Command" is a name's, "us" a pronoun.
        // "Destin-based" names Destin too.
        List<Phrase> words = Words.of(question);
        this.questionWords = words.stream()
                .filter(p -> !Words.isClosedClass(p.text()))
                .flatMap(p -> Stream.of(p.text(), namedBefore(p.text())))
                .filter(w -> !w.isEmpty())
                .map(Words::base)
                .toList();
        this.writtenWords =
                words.stream().map(w -> Names.withoutPossessive(w.text())).collect(Collectors.toUnmodifiableSet());
        this.statementSurnames = NamedPerson.surnamesOf(question, form.background());
    }

    /** Whether the question writes {@code word} (in its base form) among its words of no closed class. */
    boolean writes(String word) {
        return Words.anySame(questionWords, word);
    }

    /**
     * The name a compound's part before its last hyphen gives ("Destin" of "Destin-based", "Winston-Salem" of
     * "Winston-Salem-based"), or "". A prefix ("Ex-", "Co-") gives none.
     */
    private static String namedBefore(String word) {
        int hyphen = word.lastIndexOf('-');
        return Names.isCompoundModifier(word) && hyphen > 2 && Character.isUpperCase(word.charAt(0))
                ? word.substring(0, hyphen)
                : "";
    }

    /**
     * A name without the words the question already says before it: "António Guterres" of "UN Secretary General
     * António Guterres" for "which UN Secretary General", and for a person without a title before it ("Dave Calhoun"
     * of "CEO Dave Calhoun"). At least two words are kept, so a first name the question shares stays with the surname
     * ("Luke Humphries" for "who beat Luke Littler") and a title with a surname ("President Biden"). An ordinal or a
     * number the question writes in lower case only is no part it gives of a name ("First State Cup" after "his first
     * home game").
     */
    Phrase withoutGivenWords(String sentence, Phrase span) {
        if (!form.type().isName()) {
            return span;
        }
        List<Phrase> words = Words.of(span.text());
        if (namesGivenPerson(words.stream().map(Phrase::text).toList())) {
            return span;
        }
        int first = 0;
        while (first < words.size() - 2
                && (Words.anySame(questionWords, words.get(first).text())
                                && givenAsWritten(words.get(first).text())
                        || form.focus().contains(Words.base(words.get(first).text()))
                        || asksForPerson && NameKind.isTitle(words.get(first).text()))) {
            first++;
        }
        // "University of Grenoble Alpes" for "at a university": "Grenoble Alpes", not "of Grenoble Alpes". A name's
        // own particle keeps the name whole: "Cartel del Gulfo", not "del Gulfo".
        if (first > 0
                && Names.isParticle(words.get(first).text())
                && !Words.isClosedClass(words.get(first).text())) {
            return span;
        }
        while (first > 0
                && first < words.size() - 1
                && Words.isClosedClass(words.get(first).text())) {
            first++;
        }
        return first == 0
                ? span
                : Phrase.of(sentence, span.start() + words.get(first).start(), span.end());
    }

    /**
     * Whether the question gives {@code word}, a name's word: an ordinal or a number the name writes with a capital only
     * as the question writes it ("first" of "his first home game" gives nothing of "First State Cup", "trillion" of
     * "a trillion dollars" nothing of "Trillion Stock Club"); a role's words are given however written ("unification
     * minister" of "Unification Minister Kim Yeon-chul").
     */
    private boolean givenAsWritten(String word) {
        return !Character.isUpperCase(word.charAt(0))
                || !StatedNumbers.isNumberWord(word)
                || writtenWords.contains(Names.withoutPossessive(word));
    }

    /** Whether the question already says {@code word}, or names the asked-for kind with it. */
    boolean gives(String word) {
        return Words.anySame(questionWords, word) || form.focus().contains(Words.base(word));
    }

    /**
     * A name of three words or more that opens and ends as a name of two in the question is that one with a middle
     * name ("Bruno Araújo Pereira" for "Bruno Pereira"), not a name of its own.
     */
    private boolean namesGivenPerson(List<String> words) {
        return words.size() > 2
                && form.entities().stream()
                        .anyMatch(e -> e.size() == 2
                                && Words.sameWord(words.getFirst(), e.getFirst())
                                && Words.sameWord(words.getLast(), e.getLast()));
    }

    /**
     * A phrase the question already names is no answer to it: "Luke Littler" for "who beat Luke Littler", "American
     * Trevor Reed" for a question about Trevor Reed, and "Professional Darts Corporation" for a question that says
     * "PDC".
     */
    boolean givesName(Phrase span) {
        List<String> words = Words.of(span.text()).stream()
                .map(Phrase::text)
                .filter(w -> !Words.isClosedClass(w))
                .toList();
        // "American Trevor Reed" is the question's "Trevor Reed", said to be American ("SoFi Stadium" is one name).
        if (words.size() > 2 && Words.isProperAdjective(words.getFirst())) {
            words = words.subList(1, words.size());
        }
        // "QB Carty's" for a question about "Ryan Carty's Blue Hens": a title before one of the question's names adds
        // no one. Only its names count then: "Justice Department" is not "which department".
        List<String> untitled = words;
        while (untitled.size() > 1 && NameKind.isTitle(untitled.getFirst())) {
            untitled = untitled.subList(1, untitled.size());
        }
        return givenWords(words)
                || asksForPerson && !asksForRelative && endsWithQuestionName(words)
                || untitled.size() < words.size() && untitled.stream().allMatch(this::inQuestionName)
                // A relative may share the surname: "who is Carty's wife".
                || !asksForRelative && NamedPerson.givenBySurname(untitled, statementSurnames);
    }

    /**
     * Whether a name ends with a name of two words or more that the question writes, after two words or more of its own:
     * "USA TODAY HSSA Girls Swimmer" of "…of the Year" is the question's "Girls Swimmer of the Year", not the person it
     * asks for; "Eddie Van Halen" is a person of the question's "Van Halen".
     */
    private boolean endsWithQuestionName(List<String> words) {
        return form.entities().stream()
                .anyMatch(e -> e.size() > 1
                        && words.size() - e.size() >= WORDS_BEFORE_QUESTION_NAME
                        && sameWords(words.subList(words.size() - e.size(), words.size()), e));
    }

    private static boolean sameWords(List<String> written, List<String> named) {
        for (int i = 0; i < named.size(); i++) {
            if (!Words.sameWord(written.get(i), named.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is a word of one of the names the question writes. */
    private boolean inQuestionName(String word) {
        return form.entities().stream().anyMatch(e -> Words.anySame(e, word));
    }

    /** Whether the question writes {@code word} the other way news spells it: "St." for "Saint", "Mount" for "Mt.". */
    private boolean writtenOtherwise(String word) {
        String base = Words.base(word).replace(".", "");
        String full = SHORT_NAME_WORDS.get(base);
        if (full != null) {
            return Words.anySame(questionWords, full);
        }
        return SHORT_NAME_WORDS.entrySet().stream()
                .anyMatch(e -> e.getValue().equals(base) && Words.anySame(questionWords, e.getKey()));
    }

    /** Whether the question names what {@code words}, a name's words of no closed class, name ({@link #givesName}). */
    private boolean givenWords(List<String> words) {
        String initials = Abbreviations.initials(words).toLowerCase(Locale.ROOT);
        return !words.isEmpty()
                && (namesGivenPerson(words)
                        || words.stream()
                                .allMatch(w -> Words.anySame(questionWords, w)
                                        || writtenOtherwise(w)
                                        || form.focus().contains(Words.base(w)))
                        || !initials.isEmpty() && questionWords.contains(initials));
    }
}
