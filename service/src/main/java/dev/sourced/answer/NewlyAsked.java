package dev.sourced.answer;

import dev.sourced.retrieval.Hit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asked after a statement newly asks, its relation to the story the statement tells ("Spain beat
 * England 1-0 in the final. Who scored the winning goal?" asks who scored), and whether a sentence carries it: a
 * sentence that answers writes one of its words, or it or the one before it is close in meaning to the asking
 * sentence; else it answers another relation of the same story.
 *
 * @param terms the terms of the newly asked words, with the words that say them too (an agent noun, a head's title,
 *     a word of a sale); empty for a question asked on its own
 * @param askingVector the asking sentence's vector, or {@code null} when nothing is newly asked
 * @param minCosine least cosine between the asking sentence and a sentence, or the one before it, that carries the
 *     newly asked relation in other words
 * @param madeThings for a question that asks for a name, the head nouns of its asking sentence's phrases ({@link
 *     #headNouns}), each a thing the one asked for may have made: "the bill by Rep. Laura Hall" carries "who sponsored
 *     the bill"
 */
record NewlyAsked(Set<String> terms, float[] askingVector, double minCosine, Set<String> madeThings) {
    /** A noun, then "by" and a title or none, right before a name: "the bill by Rep. ", "a ruling by ". */
    private static final Pattern MADE_BY =
            Pattern.compile("(?<![\\p{L}'’-])(\\p{Ll}[\\p{L}-]*)\\s+by\\s+(?:\\p{Lu}\\p{L}*\\.?\\s+)?$");

    NewlyAsked(Set<String> terms, float[] askingVector, double minCosine) {
        this(terms, askingVector, minCosine, Set.of());
    }

    /** A clause set off by a comma that runs to the question's end: ", who answered the criticism this week?". */
    private static final Pattern DESCRIBING_CLAUSE_LAST = Pattern.compile("(?i),\\s+(?:who|whose|which)\\b[^,;]*$");
    /** A question word, then a kind its possessor pins down: "who is the center's acting director". */
    private static final Pattern PINNED_KIND = Pattern.compile("(?i)\\b(?:who|which|what)\\b.*\\p{L}['’]s\\s\\p{L}");
    /** The words that ask which of a kind: "which town", "what date". */
    private static final Set<String> WHICH_OR_WHAT = Set.of("which", "what");
    /** The nouns of "what date", "what share": the kind of answer asked for, when the focus is left empty. */
    private static final Set<String> ASKED_KINDS =
            Set.of(("date dates day days year years month months time season number "
                            + "age amount price cost percentage percent share proportion rate score tally vote name names "
                            + "title")
                    .split(" "));
    /**
     * Verbs that ask after the story's event itself ("On what date did that happen?"), and support verbs, whose noun
     * carries the relation ("brought the lawsuit", "conducted the survey", "take place"): neither need be written where
     * the answer is ("a lawsuit by Richard Tornetta", "a survey by Ford").
     */
    private static final Set<String> SUPPORT_VERBS = Set.of(("happen happened happens occur occurred occurs take took "
                    + "taken place make made give gave given get got bring brought hold held conduct conducted carry "
                    + "carried put set")
            .split(" "));
    /** Words that join a count that describes the asked-for kind: "which town of about 600 residents". */
    private static final Set<String> DESCRIBING = Set.of("of", "with");
    /** The measures "how" asks for: "how old", "how long". */
    private static final Set<String> HOW_MEASURES = Set.of("old", "long", "far", "deep", "tall", "wide", "high", "big");
    /** Verbs that ask where a thing is ("In which village was it located?"), which the answer's place itself says. */
    private static final Set<String> LOCATING_VERBS = Set.of("located", "based", "situated", "headquartered", "sited");

    /**
     * @param relationTerms the terms of the question's information less its asked-for kind: what is newly asked is
     *     among them
     * @param embedQuestion a question's vector, as the sentences' were computed
     */
    static NewlyAsked of(
            String question,
            QuestionForm form,
            QuestionTerms questionTerms,
            Set<String> relationTerms,
            Function<String, float[]> embedQuestion,
            double minCosine) {
        // Compared by stem: "commander" asks nothing new after "took command".
        Set<String> newlyAsked = new HashSet<>(questionTerms.termsOf(String.join(" ", form.newlyAsked())));
        newlyAsked.retainAll(relationTerms);
        Set<String> statementTerms = questionTerms.termsOf(QuestionForm.statement(question));
        newlyAsked.removeAll(statementTerms);
        // "Which company owns the center?" is told of its owner ("owner Onyx Equities"): a verb's agent noun carries
        // it, unless the statement before wrote it ("The center's owner put it up for sale"); a verb of heading a body
        // is carried by its head's title.
        if (form.type().isName()) {
            Set<String> agents = new HashSet<>(questionTerms.agentNounTermsOf(newlyAsked));
            // "Which group does Fitton lead?" is told of its head ("Fitton, president of Judicial Watch"); "who heads
            // the office?" asks for the post's holder, whom the post's own title names.
            if (form.type() == AnswerType.NAME) {
                agents.addAll(questionTerms.headTitleTermsOf(newlyAsked));
            }
            newlyAsked.addAll(agents);
            newlyAsked.removeAll(statementTerms);
        }
        // What was paid is said by a word of the sale too ("purchased the corridor for $7.8 million"), even of the
        // sale the statement tells ("completed the purchase…"): the price asked is that sale's.
        if (form.type() == AnswerType.AMOUNT) {
            newlyAsked.addAll(questionTerms.saleTermsOf(newlyAsked));
        }
        // What a follow-up newly asks may stand in other words ("land" for "touch down", "contracted" for "run"): a
        // sentence close in meaning to the asking sentence carries it too.
        return new NewlyAsked(
                newlyAsked,
                newlyAsked.isEmpty() ? null : embedQuestion.apply(QuestionForm.asking(question)),
                minCosine,
                form.type().isName() ? headNouns(QuestionForm.asking(question)) : Set.of());
    }

    /**
     * What a question asked after a statement newly asks ("Spain beat England 1-0 in the final. Who scored the winning
     * goal?" asks who scored): the words of its asking sentence that are no name, no closed-class word, no word of
     * the statement or of the asked-for kind, and outside a definite phrase ("the winning goal", "that game", "the
     * country's president" point back at the story). A sentence that answers carries one of them, or it answers
     * another relation of the same story. Empty when nothing precedes the question, whose words mix the story with
     * the relation.
     */
    static Set<String> wordsOf(String statementBefore, String asking, AnswerType type, Set<String> focus) {
        if (statementBefore.isEmpty()) {
            return Set.of();
        }
        Set<String> statement = new LinkedHashSet<>();
        Words.of(statementBefore).forEach(w -> statement.add(Words.base(w.text())));
        Set<String> words = new LinkedHashSet<>();
        // "Who is the center's acting director, who answered the criticism this week?": a clause set off after a kind
        // its possessor pins down, to the end, describes the one asked for; it asks nothing new. "Who is the officer,
        // who shot the suspect?" asks it, and ", which state has the most cases?" is the question itself.
        Matcher describing = DESCRIBING_CLAUSE_LAST.matcher(asking);
        boolean described = !focus.isEmpty()
                && type.isName()
                && describing.find()
                && PINNED_KIND.matcher(asking.substring(0, describing.start())).find();
        List<Phrase> asked = Words.of(described ? asking.substring(0, describing.start()) : asking);
        boolean asksName = NamingQuestion.of(asking).isPresent();
        String head = focus.stream().reduce((a, b) -> b).orElse("");
        boolean asksPlace = type == AnswerType.PLACE || type == AnswerType.NAME && NameKind.isPlaceNoun(head);
        // A phrase opened by an article or a possessive points back at the story, to the next closed-class word; the
        // asked-for kind after "which" or "what" ("what date", "which Massachusetts town") is no relation either.
        boolean definite = false;
        boolean kind = false;
        for (int i = 0; i < asked.size(); i++) {
            String word = Words.base(asked.get(i).text());
            // "Which small town of about 600 residents was hit?": a count joined to the kind describes the answer, as
            // the kind does; the noun it counts is no relation that a sentence which answers must write.
            int counted = kind
                            && DESCRIBING.contains(word)
                            && focus.contains(Words.base(asked.get(i - 1).text()))
                    ? countedNoun(asked, i + 1)
                    : -1;
            if (counted > 0) {
                i = counted;
                kind = false;
                continue;
            }
            boolean afterWh =
                    i > 0 && WHICH_OR_WHAT.contains(Words.base(asked.get(i - 1).text()));
            // "How old", "how long": the word after "how" is the asked-for measure, which the answer's own reading
            // carries ("at age 55" answers how old without the word "old").
            boolean afterHow = i > 0
                    && Words.base(asked.get(i - 1).text()).equals("how")
                    && HOW_MEASURES.contains(Words.base(asked.get(i).text()));
            kind = (kind || afterWh) && (focus.contains(word) || ASKED_KINDS.contains(word));
            if (FocusPhrase.DEFINITE.contains(word)) {
                definite = true;
            } else if (Words.isClosedClass(word)) {
                definite = false;
            } else if (!definite
                    && !kind
                    && !afterHow
                    && (i == 0 || !Words.isCapitalised(asked.get(i).text()))
                    && !Words.isNumeric(word)
                    && !Words.isNumberWord(word)
                    && !SUPPORT_VERBS.contains(word)
                    && !(asksName && NamingQuestion.isNamingVerb(word))
                    && !(asksPlace && LOCATING_VERBS.contains(word))
                    && !focus.contains(word)
                    && !statement.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The index of the noun a count starting at {@code from} counts ("about 600 residents": "residents"), or -1 when no
     * count of a noun starts there.
     */
    private static int countedNoun(List<Phrase> words, int from) {
        int at = from;
        while (at < words.size()
                && QuestionForm.APPROXIMATOR_WORDS.contains(words.get(at).lower())) {
            at++;
        }
        boolean count = at < words.size()
                && (Words.isNumeric(words.get(at).text())
                        || Words.isNumberWord(words.get(at).text()));
        // "5,000" is read as two words.
        while (count
                && at + 1 < words.size()
                && Words.isNumeric(words.get(at + 1).text())) {
            at++;
        }
        return count
                        && at + 1 < words.size()
                        && !Words.isClosedClass(words.get(at + 1).text())
                ? at + 1
                : -1;
    }

    /**
     * The head nouns of the phrases an article or a possessive opens in {@code asking} (in base form): "bill" of "who
     * sponsored the bill", "ruling" of "which judge issued the 35-page ruling"; not a verb ("who was arrested").
     */
    static Set<String> headNouns(String asking) {
        Set<String> heads = new HashSet<>();
        String head = null;
        boolean inPhrase = false;
        for (Phrase word : Words.of(asking)) {
            String lower = word.lower();
            if (FocusPhrase.DEFINITE.contains(lower) || lower.equals("a") || lower.equals("an")) {
                inPhrase = true;
            } else if (inPhrase && !Words.isClosedClass(lower) && !Words.isCapitalised(word.text())) {
                head = Words.base(word.text());
                continue;
            } else {
                inPhrase = false;
            }
            if (head != null) {
                heads.add(head);
                head = null;
            }
        }
        if (head != null) {
            heads.add(head);
        }
        return Set.copyOf(heads);
    }

    /**
     * Whether {@code answer}, a name of {@code text}, is given as the maker of a thing the question asks about, with
     * "by": "The bill by Rep. Laura Hall creates a commission" answers "which representative sponsored the bill?",
     * whatever verb the question chose for making it.
     */
    boolean madeBy(String text, Phrase answer) {
        if (terms.isEmpty() || answer == null || madeThings.isEmpty()) {
            return false;
        }
        Matcher made = MADE_BY.matcher(text).region(0, answer.start());
        return made.find() && madeThings.contains(Words.base(made.group(1)));
    }

    /** Whether the sentence at {@code sentence}, whose words and the one's before it are {@code window}, carries it. */
    boolean heldBy(Set<String> window, List<float[]> sentenceVectors, int sentence) {
        if (terms.isEmpty() || QuestionTerms.anyFound(terms, window)) {
            return true;
        }
        return Hit.cosine(askingVector, sentenceVectors.get(sentence)) >= minCosine
                || sentence > 0 && Hit.cosine(askingVector, sentenceVectors.get(sentence - 1)) >= minCosine;
    }
}
