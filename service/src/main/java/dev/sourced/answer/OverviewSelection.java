package dev.sourced.answer;

import dev.sourced.corpus.Span;
import dev.sourced.embedding.Embedder;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.Search;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences an overview answer is made of: from the retrieved passages, those about the question's subject
 * ({@link Attribution}: named in the sentence or in the one it continues) in articles that discuss its focus, chosen
 * by maximal marginal relevance (relevance to the question, less similarity to the sentences already chosen, over
 * the sentence vectors stored at index time) so that each adds a point the others do not make, and none restates one
 * already chosen. The kind of sentence the question asks for counts for more: the subject's own statements for a
 * position, a response or statements (for statements, nothing else counts), causes for reasons. They are returned in
 * reading order: by time when every article is dated, else the most relevant article first; within an article, in
 * its order.
 */
final class OverviewSelection {
    /** Two sentences this close in meaning say one thing: the answer quotes one of them. */
    static final double REDUNDANT = 0.9;
    /**
     * Relevance against novelty in the marginal relevance of a sentence. The candidates already meet the subject and
     * focus, so novelty may weigh a little more than relevance: the points of an overview are the different ones.
     */
    private static final double RELEVANCE_SHARE = 0.4;
    /**
     * What a sentence of the kind the question asks for counts for beside its relevance: the subject's own statement
     * for a position, a response or statements; a cause for reasons.
     */
    private static final double PREFERRED_WEIGHT = 0.3;
    /** A sentence's share of the focus's information counts beside its cosine to the question. */
    private static final double FOCUS_WEIGHT = 0.25;
    /** An article that holds less of the focus than this is about something else. */
    private static final double ARTICLE_FOCUS = 0.4;
    /** A statement (with the one before it) holding less of the focus's topic than this is about something else. */
    private static final double STATEMENT_FOCUS = 0.5;
    /** A sentence less relevant than this share of the best one adds no point worth reading. */
    private static final double RELATIVE_FLOOR = 0.3;
    /** A quotation runs over at most this many sentences; one still open after them is a stray mark. */
    private static final int QUOTATION_SENTENCES = 4;
    /** A sentence of fewer words is a heading or a fragment, not a point. */
    private static final int MIN_WORDS = 6;
    /** A sentence with a smaller share of terms the question lacks restates the question. */
    private static final double MIN_FRESH_SHARE = 0.4;
    /** Words that give a cause. */
    private static final Pattern CAUSE = Pattern.compile("(?i)\\b(?:because|due to|amid|as a result|blamed?|"
            + "reasons?|cited|citing|led to|caused|causes|driven by|result of|stemm(?:ed|ing) from|thanks to|"
            + "in order to|so that|aims? to|aimed at|meant to|to draw attention|fault)\\b");
    /**
     * The date line of a news picture's caption ("…, Tuesday, Dec. 27, 2022, in New York.", "… in Lima, Peru on
     * December 13, 2022."): reporting does not end a sentence with the year.
     */
    private static final Pattern CAPTION = Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            + "Sunday), (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}\\b|"
            + "\\b(?:is|are) (?:seen|pictured|shown)\\b|\\b\\d{1,2}, \\d{4}\\.$");

    private final QuestionTerms questionTerms;

    OverviewSelection(QuestionTerms questionTerms) {
        this.questionTerms = questionTerms;
    }

    /** A sentence of a retrieved passage chosen for an overview. */
    record Chosen(Hit hit, Span span, String text, int sentences, float[] vector, double relevance, boolean preferred) {
        LocalDate date() {
            return hit.date();
        }
    }

    /**
     * Up to {@code max} sentences (a quotation counts for each of its sentences) that together give an overview, in reading order; empty when no retrieved article
     * discusses the question's subject and focus.
     */
    List<Chosen> select(Search.Result evidence, OverviewQuestion overview, int max) {
        List<Chosen> candidates = candidates(evidence, overview);
        if (candidates.isEmpty()) {
            return List.of();
        }
        double best = candidates.getFirst().relevance();
        List<Chosen> chosen = new ArrayList<>();
        List<Chosen> left = new ArrayList<>(candidates);
        int room = max;
        while (room > 0 && !left.isEmpty()) {
            Chosen next = null;
            double nextScore = Double.NEGATIVE_INFINITY;
            for (Chosen c : left) {
                double similarity = maxSimilarity(c, chosen);
                if (similarity > REDUNDANT || c.relevance() < RELATIVE_FLOOR * best || c.sentences() > room) {
                    continue;
                }
                double relevance = c.relevance() + (c.preferred() ? PREFERRED_WEIGHT : 0);
                double score = RELEVANCE_SHARE * relevance - (1 - RELEVANCE_SHARE) * similarity;
                if (score > nextScore) {
                    next = c;
                    nextScore = score;
                }
            }
            if (next == null) {
                break;
            }
            chosen.add(next);
            left.remove(next);
            room -= next.sentences();
        }
        return inReadingOrder(chosen);
    }

    /** The retrieved sentences that may go into the overview, most relevant first; each sentence once. */
    private List<Chosen> candidates(Search.Result evidence, OverviewQuestion overview) {
        Map<String, String> retrievedText = ConstrainedPassages.retrievedTextByArticle(evidence.hits());
        Map<String, Double> focusWeights = focusWeights(overview, evidence.termIdf());
        // Only the focus's words the retrieved passages use tell which articles discuss it: "reluctant" in a question
        // the articles answer with "unwillingness" says nothing about any of them. When they use none, no article
        // discusses the focus at all.
        boolean hadFocus = !focusWeights.isEmpty();
        focusWeights.keySet().retainAll(questionTerms.termsOf(String.join(" ", retrievedText.values())));
        if (hadFocus && focusWeights.isEmpty()) {
            return List.of();
        }
        // The focus's words less its names: "NATO's eastward expansion" is about expansion; "about Ukraine" names
        // where, which a statement made in that story need not repeat.
        Map<String, Double> topicWeights = new LinkedHashMap<>(focusWeights);
        topicWeights
                .keySet()
                .removeAll(questionTerms.termsOf(String.join(
                        " ",
                        Names.in(overview.focus()).stream().map(Phrase::text).toList())));
        Set<String> asked = questionTerms.termsOf(evidence.question());
        Map<String, Boolean> discussed = new HashMap<>();
        Map<String, List<String>> speakersByArticle = new HashMap<>();
        Map<String, Chosen> bySentence = new LinkedHashMap<>();
        for (Hit hit : evidence.hits()) {
            String context = retrievedText.get(hit.articleId()) + " " + hit.title();
            boolean aboutFocus = discussed.computeIfAbsent(
                    hit.articleId(),
                    id -> focusWeights.isEmpty()
                            || QuestionTerms.coverage(focusWeights, questionTerms.termsOf(context)) >= ARTICLE_FOCUS);
            if (!aboutFocus) {
                continue;
            }
            List<String> speakers = speakersByArticle.computeIfAbsent(
                    hit.articleId(), id -> Attribution.withSpokespeople(overview.subjects(), context));
            List<Span> sentences = hit.chunk().sentences();
            List<String> texts =
                    sentences.stream().map(hit.chunk()::sentenceText).toList();
            for (int i = 0, end; i < sentences.size(); i = end) {
                end = quotationEnd(texts, i);
                Span span = new Span(
                        sentences.get(i).start(), sentences.get(end - 1).end());
                String text = hit.chunk().sentenceText(span);
                String next = end == sentences.size() ? "" : texts.get(end);
                if (!isPoint(text) || restates(questionTerms.termsOf(text), asked)) {
                    continue;
                }
                Attribution.Role role = Attribution.role(speakers, text, texts.subList(0, i), next, context);
                if (role == Attribution.Role.NONE
                        || overview.kind() == OverviewQuestion.Kind.STATEMENTS && role != Attribution.Role.SPEAKER
                        || overview.jointly()
                                && !Attribution.namesAll(overview.subjects(), text, texts.subList(0, i), context)) {
                    continue;
                }
                float[] vector = Embedder.meanOf(hit.sentenceVectors().subList(i, end));
                // A sentence that refers back ("He also urged…") is read with the one it continues.
                String read = Attribution.continues(text, texts.subList(0, i)) ? texts.get(i - 1) + " " + text : text;
                Set<String> readTerms = questionTerms.termsOf(read);
                double focus = focusWeights.isEmpty() ? 0 : QuestionTerms.coverage(focusWeights, readTerms);
                if (overview.kind() == OverviewQuestion.Kind.STATEMENTS
                        && !topicWeights.isEmpty()
                        && QuestionTerms.coverage(topicWeights, readTerms) < STATEMENT_FOCUS) {
                    // What X said about Y: a statement of X's about something else is not asked for.
                    continue;
                }
                double relevance = Hit.cosine(evidence.vector(), vector) + FOCUS_WEIGHT * focus;
                boolean preferred = overview.kind().isStance()
                        ? role == Attribution.Role.SPEAKER
                        : overview.kind() != OverviewQuestion.Kind.REASONS
                                || CAUSE.matcher(text).find();
                bySentence.merge(
                        hit.articleId() + "@" + span.start(),
                        new Chosen(hit, span, text, end - i, vector, relevance, preferred),
                        (a, b) -> a.relevance() >= b.relevance() ? a : b);
            }
        }
        List<Chosen> ranked = new ArrayList<>(bySentence.values());
        ranked.sort(Comparator.comparingDouble(Chosen::relevance).reversed());
        return ranked;
    }

    /**
     * The informative terms of the focus with their idf, less the subject's (checked on its own) and its dates ("in
     * December 2022": an article of that time need not write them).
     */
    private Map<String, Double> focusWeights(OverviewQuestion overview, Map<String, Double> counted) {
        Map<String, Double> weights = new LinkedHashMap<>(questionTerms.weighted(overview.focus(), counted));
        weights.keySet().removeAll(questionTerms.termsOf(String.join(" ", overview.subjects())));
        weights.keySet().removeAll(questionTerms.termsOf(String.join(" ", Months.FULL)));
        weights.keySet().removeIf(term -> term.matches("\\d{4}"));
        return weights;
    }

    /**
     * Whether a sentence can stand as a point: a whole sentence that states something, not a heading, a credit or a
     * picture caption ("Lawmakers stand inside Congress … Wednesday, Dec. 7, 2022.").
     */
    private static boolean isPoint(String sentence) {
        String s = sentence.strip();
        return Words.of(s).size() >= MIN_WORDS
                && s.matches("(?s).*[.!\"”’')]$")
                && !NonEvidence.isNonEvidence(s)
                && !CAPTION.matcher(s).find();
    }

    /**
     * Whether a sentence only says again what the question says ("Rite Aid filed for bankruptcy earlier this month"
     * for why it did): most of its informative terms are the question's.
     */
    private static boolean restates(Set<String> sentence, Set<String> asked) {
        if (sentence.isEmpty()) {
            return true;
        }
        long fresh = sentence.stream().filter(t -> !asked.contains(t)).count();
        return fresh < MIN_FRESH_SHARE * sentence.size();
    }

    /**
     * The end (exclusive) of the point that starts at sentence {@code from}: a quotation that runs over several
     * sentences ("…rapidly... (and) China supports…", a quote whose speaker the last of its sentences names) is one
     * point, quoted whole; a quotation still open after {@link #QUOTATION_SENTENCES} is a stray mark, and the
     * sentence stands alone.
     */
    static int quotationEnd(List<String> sentences, int from) {
        boolean open = false;
        for (int end = from; end < sentences.size() && end - from < QUOTATION_SENTENCES; end++) {
            open = Attribution.leavesQuoteOpen(open, sentences.get(end));
            if (!open) {
                return end + 1;
            }
        }
        return from + 1;
    }

    private static double maxSimilarity(Chosen c, List<Chosen> chosen) {
        double max = 0;
        for (Chosen other : chosen) {
            max = Math.max(max, Hit.cosine(c.vector(), other.vector()));
        }
        return max;
    }

    /**
     * By time when every chosen article is dated (what was said first comes first), else the article of the most
     * relevant sentence first; within an article, in the article's order.
     */
    private static List<Chosen> inReadingOrder(List<Chosen> chosen) {
        boolean dated = chosen.stream().allMatch(c -> c.date() != null);
        Map<String, Integer> articleRank = new HashMap<>();
        for (Chosen c : chosen) {
            articleRank.putIfAbsent(c.hit().articleId(), articleRank.size());
        }
        Comparator<Chosen> byArticle = dated
                ? Comparator.comparing(Chosen::date)
                        .thenComparing(c -> articleRank.get(c.hit().articleId()))
                : Comparator.comparing(c -> articleRank.get(c.hit().articleId()));
        List<Chosen> ordered = new ArrayList<>(chosen);
        ordered.sort(byArticle.thenComparingInt(c -> c.span().start()));
        return ordered;
    }
}
