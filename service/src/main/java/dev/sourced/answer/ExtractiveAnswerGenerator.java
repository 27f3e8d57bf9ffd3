package dev.sourced.answer;

import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Span;
import dev.sourced.retrieval.ArticleSentences;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.Search;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Answers with the retrieved sentences themselves, offline. Each sentence of the retrieved passages is read against
 * the question ({@link EvidenceReader}): whether it states a fact, meets the question's names, years and recency,
 * and holds a phrase of the asked-for kind. Usable sentences are scored by how close their meaning is to the
 * question (cosine of vectors computed at index time), how much of its information they carry (idf-weighted, the
 * names anywhere in the passage, the relation around the sentence) and how well their answer phrase is placed. The
 * best one to three sentences are quoted verbatim, in reading order, each with its citation; a typed answer starts
 * with its phrase.
 *
 * <p>It abstains unless the best usable sentence's passage holds most of the question's information: no retrieval
 * score separates a topical sentence from an answer.
 *
 * <p>A question that asks for an overview ({@link OverviewQuestion}: a position, a response, reasons, events,
 * statements) is answered with the sentences {@link OverviewSelection} chooses across the articles, each quoted whole
 * with its marker; when none reads as one, it is read as above.
 */
public final class ExtractiveAnswerGenerator implements AnswerGenerator {
    public static final String NAME = "extractive";
    static final String NOT_COVERED = "The articles do not say. None of the indexed passages answers this question.";
    private static final int MAX_SENTENCES = 3;
    private static final int NEAREST_PASSAGES = 2;

    private final QuestionTerms questionTerms;
    private final EvidencePolicy policy;
    private final OverviewSelection overviews;
    private final ArticleSentences articleSentences;
    private final Function<String, float[]> embedQuestion;

    /**
     * @param articleSentences the sentences of an article beyond the retrieved passages, for the person a sentence's
     *     subject refers back to and the full name a story first gives
     * @param embedQuestion a question's vector, as the sentences' were computed: what a follow-up newly asks may be
     *     carried in other words
     */
    public ExtractiveAnswerGenerator(
            QuestionTerms questionTerms,
            EvidencePolicy policy,
            ArticleSentences articleSentences,
            Function<String, float[]> embedQuestion) {
        this.questionTerms = questionTerms;
        this.policy = policy;
        this.overviews = new OverviewSelection(questionTerms);
        this.articleSentences = articleSentences;
        this.embedQuestion = embedQuestion;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer generate(Search.Result evidence) {
        return generate(evidence, Detail.STANDARD);
    }

    @Override
    public Answer generate(Search.Result evidence, Detail detail) {
        Optional<OverviewQuestion> overview = OverviewQuestion.of(evidence.question());
        if (overview.isPresent()) {
            List<OverviewSelection.Chosen> chosen = overviewSentences(evidence, overview.get(), detail);
            // No sentence reads as an overview of it: the question may still ask for one fact ("what did the joint
            // statement say about NATO"), which the reading below finds or abstains on.
            if (!chosen.isEmpty()) {
                return overview(chosen);
            }
        }
        Map<String, Double> weights =
                questionTerms.weighted(Recency.withoutTimeWords(evidence.question()), evidence.termIdf());
        ArticleSentences.Lookup article = articleSentences.lookup();
        EvidenceReader reader = EvidenceReader.of(evidence, article::text);
        QuestionForm form = reader.form();
        Set<String> entityTerms = questionTerms.termsOf(
                String.join(" ", form.entities().stream().flatMap(List::stream).toList()) + " "
                        + String.join(" ", form.descriptors()));
        // The asked-for kind ("which news network") need not be written beside its instance ("CNN reported").
        Map<String, Double> relationWeights = new HashMap<>(weights);
        relationWeights.keySet().removeAll(questionTerms.termsOf(String.join(" ", form.focus())));
        NewlyAsked asked = NewlyAsked.of(
                evidence.question(),
                form,
                questionTerms,
                relationWeights.keySet(),
                embedQuestion,
                policy.minAskedCosine());
        // Every sentence read, the copies' too (the passages of a story's other outlets that the search found and
        // showed once, carried on the hit shown for them): a copy may give another value for what is asked.
        List<Candidate> read = rank(evidence, weights, relationWeights, entityTerms, asked, reader, article);
        // The answer itself is drawn from the passages shown, so that a story is quoted once.
        Set<String> shownArticles = new HashSet<>();
        evidence.hits().forEach(hit -> shownArticles.add(hit.articleId()));
        List<Candidate> ranked = read.stream()
                .filter(c -> shownArticles.contains(c.hit().articleId()))
                .toList();
        // A sentence that fails the question's constraints or lacks the asked-for kind of thing cannot answer it,
        // however close it is.
        AnswerType type = form.type();
        Candidate best = ranked.stream().filter(c -> c.usable(type)).findFirst().orElse(null);
        if (best == null || !policy.supports(best)) {
            return abstention(evidence.hits());
        }
        Candidate strongest = best;
        if (form.recency() != Recency.ANY) {
            best = newestAsGood(ranked, best, type);
        }
        List<Candidate> sources = SourceDisagreement.among(read, best, type, policy, reader);
        if (sources.size() > 1) {
            return disagreement(sources);
        }
        List<Candidate> chosen = select(ranked, best, weights, type);
        // The sentences an answer rests on, which no companion added after them takes the place of.
        List<Candidate> kept = new ArrayList<>(List.of(best));
        if (strongest != best && sameStory(best, strongest)) {
            // The newest report answers; the one that answered best, saying the same, still backs it.
            addInPlaceOfWeakest(chosen, kept, strongest);
        }
        Phrase direct = best.reading().answer();
        if (best.reading().answerBefore()) {
            Candidate naming = quoted(best.before(), best, read);
            addInPlaceOfWeakest(chosen, kept, naming);
            kept.add(naming);
        }
        if (direct != null && type.isName()) {
            FullName full = fullName(direct, best, ranked, read, reader, type, article);
            if (full != null) {
                direct = full.name();
                // The sentence that names the answer in full is worth more than the last companion.
                addInPlaceOfWeakest(chosen, kept, full.sentence());
                kept.add(full.sentence());
            }
        }
        if (direct != null && type == AnswerType.SPORT) {
            Optional<String> sport = Sports.playedBy(direct.text());
            if (sport.isPresent()) {
                // "Which sport": the answer is its name, from the sentence of the story that writes it; the player's
                // noun alone ("figure skater") only says it.
                FullName named = sportNamed(sport.get(), best, ranked, read, article);
                direct = named == null ? null : named.name();
                if (named != null) {
                    addInPlaceOfWeakest(chosen, kept, named.sentence());
                }
            }
        }
        return answer(chosen, direct);
    }

    /**
     * A reader of the question of {@code evidence} that looks up a name setting the question's scene in the whole text
     * of an article, as the answer step reads it: for the language model's passages to meet the same checks.
     */
    EvidenceReader readerOf(Search.Result evidence) {
        return EvidenceReader.of(evidence, articleSentences.lookup()::text);
    }

    /**
     * The sentence of the best one's article that names {@code sport}, a retrieved one first, and the name as it
     * writes it; {@code null} when the article names it nowhere.
     */
    private static FullName sportNamed(
            String sport,
            Candidate best,
            List<Candidate> ranked,
            List<Candidate> read,
            ArticleSentences.Lookup article) {
        for (Candidate c : ranked) {
            if (c.hit().articleId().equals(best.hit().articleId())
                    && c.reading().evidence()) {
                for (Phrase name : Sports.in(c.text())) {
                    if (Sports.names(name, sport)) {
                        return new FullName(name, c);
                    }
                }
            }
        }
        for (ArticleSentences.Located sentence : article.sentences(best.hit().articleId())) {
            if (NonEvidence.isNonEvidence(sentence.text())) {
                continue;
            }
            for (Phrase name : Sports.in(sentence.text())) {
                if (Sports.names(name, sport)) {
                    return new FullName(name, quoted(Quoted.of(sentence, best.hit()), best, read));
                }
            }
        }
        return null;
    }

    /**
     * The candidate for a sentence {@code like} rests on: the one read when the sentence was retrieved, or one made for
     * it (not read, scored as {@code like}) when it stands in a passage the search did not retrieve.
     */
    private static Candidate quoted(Quoted sentence, Candidate like, List<Candidate> read) {
        return read.stream()
                .filter(c -> c.hit().articleId().equals(sentence.hit().articleId())
                        && c.sentence().start() == sentence.span().start())
                .findFirst()
                .orElseGet(() -> new Candidate(
                        sentence.hit(),
                        like.hitRank(),
                        sentence.span(),
                        null,
                        sentence.text(),
                        Set.of(),
                        0,
                        0,
                        0,
                        0,
                        false,
                        EvidenceReader.Reading.NOT_EVIDENCE,
                        like.score()));
    }

    /** A sentence of an article, with the hit for the passage that holds it. */
    record Quoted(Hit hit, Span span, String text) {
        /** {@code sentence}, in a hit made for its passage after {@code like} when it is not like's own. */
        static Quoted of(ArticleSentences.Located sentence, Hit like) {
            Chunk passage = sentence.passage();
            Hit hit = passage.id().equals(like.chunk().id())
                    ? like
                    : new Hit(
                            passage,
                            like.title(),
                            like.date(),
                            like.score(),
                            like.retrievers(),
                            List.of(),
                            like.provenance());
            return new Quoted(hit, sentence.span(), sentence.text());
        }
    }

    /**
     * Adds {@code added} to the sentences {@code chosen} to quote, in reading order, in place of the weakest one not
     * {@code kept} when three are chosen already.
     */
    private static void addInPlaceOfWeakest(List<Candidate> chosen, List<Candidate> kept, Candidate added) {
        if (chosen.contains(added)) {
            return;
        }
        if (chosen.size() == MAX_SENTENCES) {
            chosen.stream()
                    .filter(c -> !kept.contains(c))
                    .min(Comparator.comparingDouble(Candidate::score))
                    .ifPresent(chosen::remove);
        }
        chosen.add(added);
        chosen.sort(Comparator.comparingInt(c -> c.sentence().start()));
    }

    /**
     * The sentences of an overview answer to {@code question}, in reading order; empty when the articles do not
     * discuss its subject and focus. The language model is given the same sentences to write its overview from.
     */
    List<OverviewSelection.Chosen> overviewSentences(Search.Result evidence, OverviewQuestion question, Detail detail) {
        return overviews.select(evidence, question, detail.sentences());
    }

    /** The chosen sentences quoted one after another, each followed by its marker. */
    private static Answer overview(List<OverviewSelection.Chosen> chosen) {
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (OverviewSelection.Chosen c : chosen) {
            Citation citation = new Citation(
                    citations.size() + 1,
                    c.hit().articleId(),
                    c.hit().title(),
                    c.hit().chunk().id(),
                    c.text(),
                    c.span().start(),
                    c.span().end(),
                    round(c.relevance()));
            citations.add(citation);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(c.text().strip()).append(' ').append(citation.marker());
        }
        return new Answer(text.toString(), true, citations, NAME, null);
    }

    /**
     * For a question about the present or a recent period, the sentence of the newest article among those that answer
     * as well as the best one (within the companion margin): of two reports that answer alike, the later one says how
     * things stand now.
     */
    private Candidate newestAsGood(List<Candidate> ranked, Candidate best, AnswerType type) {
        Candidate newest = best;
        for (Candidate c : ranked) {
            if (c.score() < best.score() - policy.companionMargin()) {
                break;
            }
            if (c.usable(type)
                    && policy.supports(c)
                    && c.hit().date() != null
                    && (newest.hit().date() == null
                            || c.hit().date().isAfter(newest.hit().date()))) {
                newest = c;
            }
        }
        return newest;
    }

    /**
     * The answer as the evidence names it in full ("Lions": "Detroit Lions", "Stewart": "Jon Stewart"), with the
     * sentence that does; {@code null} when none does. Any name of a sentence of the best sentence's article counts,
     * a retrieved one first, then (for a one-word answer that is no place) the first in the article; in another
     * article, only the answer of a sentence that answers the question itself. Quiz answers and readers
     * want the full name, and the sentence that gives it is cited so the short answer stays a span of a cited
     * sentence.
     */
    private static FullName fullName(
            Phrase answer,
            Candidate best,
            List<Candidate> ranked,
            List<Candidate> read,
            EvidenceReader reader,
            AnswerType type,
            ArticleSentences.Lookup article) {
        List<String> answerWords =
                Words.of(answer.text()).stream().map(p -> Words.base(p.text())).toList();
        FullName elsewhere = null;
        for (Candidate c : ranked) {
            boolean sameArticle = c.hit().articleId().equals(best.hit().articleId());
            if (!c.reading().evidence() || !sameArticle && (elsewhere != null || !c.usable(type))) {
                continue;
            }
            List<Phrase> names =
                    sameArticle ? Names.in(c.text()) : List.of(c.reading().answer());
            for (Phrase name : names) {
                Phrase full = fuller(c.text(), name, answerWords, reader);
                if (full != null) {
                    if (sameArticle) {
                        return new FullName(full, c);
                    }
                    elsewhere = new FullName(full, c);
                }
            }
        }
        // A story names its subject in full once, early, in a passage the search need not have retrieved: a person by
        // a surname ("Richardson"), a team by its nickname ("Chiefs"). A place named in one word is not short for
        // another ("Texas" is no "West Texas"), and other things are seldom shortened.
        if (answerWords.size() != 1 || !reader.asksForPersonOrTeam()) {
            return elsewhere;
        }
        String written = withoutPossessive(answer).text();
        for (ArticleSentences.Located sentence : article.sentences(best.hit().articleId())) {
            // Only a sentence that writes the answer can write it in full.
            if (!sentence.text().contains(written) || NonEvidence.isNonEvidence(sentence.text())) {
                continue;
            }
            for (Phrase name : Names.in(sentence.text())) {
                Phrase full = fuller(sentence.text(), name, answerWords, reader);
                if (full != null) {
                    return new FullName(full, quoted(Quoted.of(sentence, best.hit()), best, read));
                }
            }
        }
        return elsewhere;
    }

    /**
     * {@code name} of {@code sentence} as the answer in full, without a possessive or a leading article ("The Detroit
     * Lions" after a dateline), when it extends the answer and is of a kind the question takes (not "The Problem with
     * Jon Stewart", a show, for "which comedian"); {@code null} otherwise.
     */
    private static Phrase fuller(String sentence, Phrase name, List<String> answerWords, EvidenceReader reader) {
        List<Phrase> words = Words.of(name.text());
        Phrase trimmed = words.size() > 1 && Words.isArticle(words.getFirst().text())
                ? new Phrase(
                        name.start() + words.get(1).start(),
                        name.end(),
                        name.text().substring(words.get(1).start()))
                : name;
        return extendsAnswer(trimmed, answerWords, reader) && !reader.refusesKindOf(sentence, name)
                ? withoutPossessive(trimmed)
                : null;
    }

    /**
     * Whether {@code name} ends with the answer's words and adds words the question does not already say, or starts
     * with them and goes on with the noun of the kind asked for ("Cool Spring Park" for "which park", "Humboldt
     * County" for "which county"): the kind's noun written with a capital after a name is part of it.
     */
    private static boolean extendsAnswer(Phrase name, List<String> answerWords, EvidenceReader reader) {
        List<String> words =
                Words.of(name.text()).stream().map(p -> Words.base(p.text())).toList();
        if (words.size() <= answerWords.size()) {
            return false;
        }
        int added = words.size() - answerWords.size();
        List<String> before = words.subList(0, added);
        // "United Nations Zhang Jun" is no fuller answer to a question that names the United Nations.
        if (words.subList(added, words.size()).equals(answerWords)
                && before.stream().noneMatch(reader::isGiven)) {
            return true;
        }
        // Only the noun itself: "Delaware State University" is another school than "Delaware". A state's or a
        // country's name is whole already: "Ohio State" is a university.
        String kind = reader.form().asked().focusHead();
        return !kind.isEmpty()
                && !Territories.isTerritoryNoun(kind)
                && added == 1
                && words.subList(0, answerWords.size()).equals(answerWords)
                && Words.sameWord(words.getLast(), kind);
    }

    /** A name in full and the sentence that writes it. */
    private record FullName(Phrase name, Candidate sentence) {}

    /** "Washington’s" is "Washington": the short answer is the name, a span of its sentence still. */
    private static Phrase withoutPossessive(Phrase name) {
        String text = name.text();
        int cut = text.endsWith("'s") || text.endsWith("’s") ? 2 : text.endsWith("s'") || text.endsWith("s’") ? 1 : 0;
        return cut == 0 ? name : new Phrase(name.start(), name.end() - cut, text.substring(0, text.length() - cut));
    }

    /**
     * Every sentence of the hits and of the copies they stand for, scored, best first; a copy is ranked where the hit
     * standing for it is. A sentence in two overlapping chunks counts once.
     */
    private List<Candidate> rank(
            Search.Result evidence,
            Map<String, Double> weights,
            Map<String, Double> relationWeights,
            Set<String> entityTerms,
            NewlyAsked newlyAsked,
            EvidenceReader reader,
            ArticleSentences.Lookup article) {
        Map<String, Candidate> bySentence = new LinkedHashMap<>();
        List<Hit> hits = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (int rank = 0; rank < evidence.hits().size(); rank++) {
            Hit shown = evidence.hits().get(rank);
            hits.add(shown);
            ranks.add(rank);
            for (Hit copy : shown.copies()) {
                hits.add(copy);
                ranks.add(rank);
            }
        }
        Map<String, String> retrievedText = ConstrainedPassages.retrievedTextByArticle(hits);
        // A sentence stands in two overlapping passages, and in a story's copies: it is analysed once.
        Map<String, Set<String>> termsBySentence = new HashMap<>();
        Map<String, Set<String>> contextTermsByArticle = new HashMap<>();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            int rank = ranks.get(h);
            String context = retrievedText.get(hit.articleId());
            Set<String> contextTerms = contextTermsByArticle.computeIfAbsent(
                    hit.articleId(), id -> passageTerms(id, hit.title(), hits, termsBySentence));
            double contextCoverage = QuestionTerms.coverage(weights, contextTerms);
            List<Span> sentences = hit.chunk().sentences();
            Set<String> previousTerms = Set.of();
            String previous = "";
            for (int i = 0; i < sentences.size(); i++) {
                Span span = sentences.get(i);
                String text = hit.chunk().sentenceText(span);
                Set<String> terms = termsBySentence.computeIfAbsent(text, questionTerms::termsOf);
                double cosine =
                        Hit.cosine(evidence.vector(), hit.sentenceVectors().get(i));
                double coverage = QuestionTerms.coverage(weights, terms);
                Set<String> window = union(previousTerms, terms);
                double evidenceCoverage =
                        QuestionTerms.evidenceCoverage(relationWeights, entityTerms, contextTerms, window);
                Quoted before = i > 0 ? new Quoted(hit, sentences.get(i - 1), previous) : null;
                EvidenceReader.Reading reading =
                        reader.read(text, before == null ? "" : before.text(), hit.title(), context, hit.date());
                // "Maine" / "Wells: More than…": a digest's brief is read under its state's heading, the paragraph
                // above it, which tells that the name before the colon is a place.
                Optional<String> heading = i == 0 && reader.asksForPlace() && DigestPlaces.mayOpenBrief(text)
                        ? article.paragraphBefore(hit.articleId(), span.start()).filter(DigestPlaces::isHeading)
                        : Optional.empty();
                if (heading.isPresent()) {
                    reading = reader.read(text, heading.get(), hit.title(), context, hit.date());
                } else if (i == 0 && readsOnFromParagraphBefore(text, reading, reader)) {
                    before = earlierParagraph(hit, span, article);
                    if (before != null) {
                        // Read after the paragraph before, whose names count as its passage's: "He said…" has its
                        // subject there.
                        reading = reader.read(
                                text, before.text(), hit.title(), context + "\n" + before.text(), hit.date());
                    }
                }
                boolean holdsNewlyAsked = newlyAsked.heldBy(window, hit.sentenceVectors(), i)
                        || !reading.answerBefore() && newlyAsked.madeBy(text, reading.answer());
                Candidate candidate = new Candidate(
                        hit,
                        rank,
                        span,
                        before,
                        text,
                        terms,
                        cosine,
                        coverage,
                        evidenceCoverage,
                        contextCoverage,
                        holdsNewlyAsked,
                        reading,
                        policy.score(cosine, coverage, evidenceCoverage, reading.answerQuality(), rank));
                bySentence.merge(
                        hit.articleId() + "@" + span.start(), candidate, (a, b) -> a.score() >= b.score() ? a : b);
                previousTerms = terms;
                previous = text;
            }
        }
        List<Candidate> ranked = new ArrayList<>(bySentence.values());
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return ranked;
    }

    /**
     * The terms of what was retrieved of an article and of its title: its passages' sentences' terms, as a passage is
     * its sentences and the spaces between them.
     */
    private Set<String> passageTerms(
            String articleId, String title, List<Hit> hits, Map<String, Set<String>> termsBySentence) {
        Set<String> terms = new HashSet<>(questionTerms.termsOf(title));
        for (Hit hit : hits) {
            if (hit.articleId().equals(articleId)) {
                for (Span span : hit.chunk().sentences()) {
                    terms.addAll(
                            termsBySentence.computeIfAbsent(hit.chunk().sentenceText(span), questionTerms::termsOf));
                }
            }
        }
        return terms;
    }

    /**
     * Whether a passage's first sentence is to be read after the paragraph before, read from the article (news gives
     * a paragraph one sentence, and a passage does not cross paragraphs): when its subject is the person asked for
     * ("The comedian will return…"), or when it opens with a pronoun and misses the question's names ("He said…").
     * Most first sentences are neither, and their articles are not read.
     */
    private static boolean readsOnFromParagraphBefore(
            String text, EvidenceReader.Reading reading, EvidenceReader reader) {
        return reader.refersBack(text)
                || reading.evidence() && !reading.constraintsHeld() && OpeningSubjects.opensWithPronoun(text);
    }

    /** The sentence before a passage's first one, from the paragraph before, in the passage that holds it. */
    private static Quoted earlierParagraph(Hit hit, Span first, ArticleSentences.Lookup article) {
        return article.before(hit.articleId(), first.start())
                .map(sentence -> Quoted.of(sentence, hit))
                .orElse(null);
    }

    /**
     * The best sentence, then (greedily, best score first) up to two more that hold the asked-for type and add a
     * real share of the question's information the chosen ones lack: an answer split over a quote and its
     * attribution, or over a sentence and the one its pronoun points back to, is then quoted whole; another
     * article's sentence only when it gives the same short answer.
     */
    private List<Candidate> select(
            List<Candidate> ranked, Candidate best, Map<String, Double> weights, AnswerType type) {
        List<Candidate> chosen = new ArrayList<>(List.of(best));
        Set<String> covered = new HashSet<>(best.terms());
        for (Candidate c : ranked.subList(ranked.indexOf(best) + 1, ranked.size())) {
            if (chosen.size() == MAX_SENTENCES || c.score() < best.score() - policy.companionMargin()) {
                break;
            }
            double gain = QuestionTerms.coverage(weights, union(covered, c.terms()))
                    - QuestionTerms.coverage(weights, covered);
            if (c.usable(type) && gain >= policy.companionGain() && sameStory(best, c)) {
                chosen.add(c);
                covered.addAll(c.terms());
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.sentence().start()));
        return chosen;
    }

    /**
     * The quoted sentences, each followed by its marker; for a typed question the answer phrase comes first, as a
     * span of a quoted sentence: "Luke Humphries. — “Luke Humphries beat…” [1]".
     */
    private Answer answer(List<Candidate> chosen, Phrase direct) {
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (direct != null) {
            text.append(withoutPossessive(direct).text().replaceAll("[.\\s]+$", ""))
                    .append(". —");
        }
        for (Candidate c : chosen) {
            Citation citation = citation(citations.size() + 1, c);
            citations.add(citation);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(direct != null ? "“" + c.text().strip() + "”" : c.text())
                    .append(' ')
                    .append(citation.marker());
        }
        return new Answer(text.toString(), true, citations, NAME, null);
    }

    /**
     * Sources that disagree, newest first, each value with its sentence and date: "The sources disagree. 71 (reported
     * 2022-03-05): “…71 South Koreans…” [1] 64 (reported 2022-03-03): “…64 South Koreans…” [2]". Which is right is
     * for the reader to judge; the answer does not pick one.
     */
    private Answer disagreement(List<Candidate> sources) {
        List<Candidate> newestFirst = new ArrayList<>(sources);
        newestFirst.sort(
                Comparator.comparing((Candidate c) -> c.hit().date(), Comparator.nullsLast(Comparator.reverseOrder())));
        List<Citation> citations = new ArrayList<>();
        List<ReportedValue> values = new ArrayList<>();
        StringBuilder text = new StringBuilder("The sources disagree.");
        for (Candidate c : newestFirst) {
            Citation citation = citation(citations.size() + 1, c);
            citations.add(citation);
            String value = withoutPossessive(c.reading().answer()).text();
            values.add(new ReportedValue(value, citation.n(), c.hit().date()));
            text.append(' ').append(value);
            if (c.hit().date() != null) {
                text.append(" (reported ").append(c.hit().date()).append(')');
            }
            text.append(": “").append(c.text().strip()).append("” ").append(citation.marker());
        }
        return new Answer(text.toString(), true, citations, NAME, null, null, null, values);
    }

    private static Citation citation(int n, Candidate c) {
        return new Citation(
                n,
                c.hit().articleId(),
                c.hit().title(),
                c.hit().chunk().id(),
                c.text(),
                c.sentence().start(),
                c.sentence().end(),
                round(c.score()));
    }

    /** Whether {@code c} tells the same story as {@code best}: it is of the same article or gives the same answer. */
    private static boolean sameStory(Candidate best, Candidate c) {
        if (c.hit().articleId().equals(best.hit().articleId())) {
            return true;
        }
        Phrase answer = best.reading().answer();
        Phrase other = c.reading().answer();
        return answer != null && other != null && Words.sameWords(answer.text(), other.text());
    }

    /** Says the articles do not cover the question, listing the nearest passages for the reader. */
    static Answer abstention(List<Hit> hits) {
        List<Citation> nearest = new ArrayList<>();
        Set<String> articles = new HashSet<>();
        for (Hit hit : hits) {
            if (nearest.size() == NEAREST_PASSAGES) {
                break;
            }
            if (articles.add(hit.articleId())) {
                nearest.add(new Citation(
                        nearest.size() + 1,
                        hit.articleId(),
                        hit.title(),
                        hit.chunk().id(),
                        hit.chunk().text(),
                        hit.chunk().start(),
                        hit.chunk().end(),
                        round(hit.score())));
            }
        }
        return new Answer(NOT_COVERED, false, nearest, NAME, null);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    /**
     * A sentence scored against the question: {@code coverage} is over the sentence, {@code evidenceCoverage} over it
     * and the sentence before it with the question's names over the passage, {@code contextCoverage} over the
     * passage it came from and its title; {@code reading} tells whether it meets the question's constraints and which
     * phrase answers; {@code before} is the sentence before it that it was read after (in its passage, or the paragraph
     * before when its subject refers back to a person), or {@code null}.
     */
    record Candidate(
            Hit hit,
            int hitRank,
            Span sentence,
            Quoted before,
            String text,
            Set<String> terms,
            double cosine,
            double coverage,
            double evidenceCoverage,
            double contextCoverage,
            boolean holdsNewlyAsked,
            EvidenceReader.Reading reading,
            double score) {
        /**
         * Whether it can answer: it meets the question and holds the asked-for kind of phrase, and, when it is the
         * answer itself (an untyped question), it carries some of the question's relation around it, not only its
         * names ("Aubrey Plaza embracing her candor" says nothing of her gown's colour); and, after a statement, it
         * carries what the question newly asks ({@link NewlyAsked}), not another relation of the story.
         */
        boolean usable(AnswerType type) {
            return reading.usable(type) && (type.isTyped() || evidenceCoverage > 0) && holdsNewlyAsked;
        }
    }
}
