package dev.sourced.eval;

import dev.sourced.answer.Answer;
import dev.sourced.answer.AnswerGenerator;
import dev.sourced.answer.AsOfWording;
import dev.sourced.answer.Asker;
import dev.sourced.answer.Citation;
import dev.sourced.answer.CitationDetails;
import dev.sourced.answer.QuestionTerms;
import dev.sourced.answer.Recency;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Search;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs every question through retrieval (BM25 alone, vectors alone, hybrid) and through the answer generator, and
 * scores both against the gold sources and expected phrases.
 */
public final class Evaluation {
    /** Ranks past this count as "not found" for MRR. */
    static final int DEPTH = 10;

    private final Search search;
    private final AnswerGenerator generator;
    private final AsOfWording wording;
    private final Function<String, Optional<String>> articleText;

    /** @param wording dates answers as the service does, so that the report sees the answers askers get */
    public Evaluation(
            Search search,
            AnswerGenerator generator,
            AsOfWording wording,
            Function<String, Optional<String>> articleText) {
        this.search = search;
        this.generator = generator;
        this.wording = wording;
        this.articleText = articleText;
    }

    public EvalReport run(List<EvalQuestion> questions) {
        List<QuestionResult> results = new ArrayList<>();
        for (EvalQuestion q : questions) {
            results.add(evaluate(q));
        }
        return new EvalReport(generator.name(), results);
    }

    private QuestionResult evaluate(EvalQuestion q) {
        Map<Mode, Integer> goldRanks = new EnumMap<>(Mode.class);
        Search.Result hybrid = null;
        int passages = Asker.passagesFor(q.question(), Asker.DEFAULT_PASSAGES);
        for (Mode mode : Mode.values()) {
            Search.Result result = search.search(
                    q.question(),
                    QuestionTerms.weighedText(q.question()),
                    Math.max(DEPTH, passages),
                    mode,
                    Recency.publishedFor(q.question(), q.askedOn()));
            List<Hit> ranked = result.hits();
            goldRanks.put(mode, firstGoldRank(ranked.subList(0, Math.min(DEPTH, ranked.size())), q.sources()));
            if (mode == Mode.HYBRID) {
                hybrid = result;
            }
        }
        List<Hit> hits = hybrid.hits();
        List<Hit> read = hits.subList(0, Math.min(passages, hits.size()));
        Answer answer = wording.word(
                CitationDetails.of(
                        generator.generate(
                                new Search.Result(q.question(), hybrid.vector(), read, q.askedOn(), hybrid.termIdf())),
                        read),
                q.question(),
                q.askedOn());
        int cited = answer.answered() ? answer.citations().size() : 0;
        int citedGold = answer.answered()
                ? (int) answer.citations().stream()
                        .filter(c -> q.sources().contains(c.source()))
                        .count()
                : 0;
        int verbatim =
                (int) answer.citations().stream().filter(this::isVerbatim).count();
        String lower = answer.text().toLowerCase(Locale.ROOT);
        boolean phrase = q.expectAny().stream().anyMatch(p -> lower.contains(p.toLowerCase(Locale.ROOT)));
        boolean hit = q.answerable() && answer.answered() && phrase && citedGold > 0;
        OverviewScore overview = q.isOverview() ? OverviewScore.of(q.keyPoints(), answer, read) : null;
        return new QuestionResult(q, goldRanks, answer, hit, cited, citedGold, verbatim, overview);
    }

    private boolean isVerbatim(Citation c) {
        return articleText
                .apply(c.source())
                .filter(text -> c.end() <= text.length()
                        && text.substring(c.start(), c.end()).equals(c.text()))
                .isPresent();
    }

    private static int firstGoldRank(List<Hit> hits, List<String> gold) {
        for (int i = 0; i < hits.size(); i++) {
            if (gold.contains(hits.get(i).articleId())) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * One question's outcome; a gold rank of 0 means no gold article within {@link #DEPTH}; {@code overview} is the
     * key-point score of an overview question, {@code null} for any other.
     */
    public record QuestionResult(
            EvalQuestion question,
            Map<Mode, Integer> goldRanks,
            Answer answer,
            boolean hit,
            int cited,
            int citedGold,
            int verbatim,
            OverviewScore overview) {
        public QuestionResult(
                EvalQuestion question,
                Map<Mode, Integer> goldRanks,
                Answer answer,
                boolean hit,
                int cited,
                int citedGold,
                int verbatim) {
            this(question, goldRanks, answer, hit, cited, citedGold, verbatim, null);
        }
    }
}
