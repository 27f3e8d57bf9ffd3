package dev.sourced.eval;

import dev.sourced.retrieval.Mode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The scores of one evaluation run, and its printed table. */
public record EvalReport(String generator, List<Evaluation.QuestionResult> results) {
    private static final Pattern THIS_WEEK = Pattern.compile("(?i)\\bthis week\\b");

    public EvalReport {
        results = List.copyOf(results);
    }

    /** The answerable questions that ask for a fact (overview questions are scored by {@link #overviews()}). */
    public List<Evaluation.QuestionResult> answerable() {
        return results.stream()
                .filter(r -> r.question().answerable() && !r.question().isOverview())
                .toList();
    }

    public List<Evaluation.QuestionResult> unanswerable() {
        return results.stream()
                .filter(r -> !r.question().answerable() && !r.question().isOverview())
                .toList();
    }

    /** The overview questions, scored by the key points their answers cover. */
    public List<Evaluation.QuestionResult> overviews() {
        return results.stream().filter(r -> r.question().isOverview()).toList();
    }

    /** Mean key-point recall over the overview questions; 0 when there are none. */
    public double keyPointRecall() {
        return overviews().stream()
                .mapToDouble(r -> r.overview().recall())
                .average()
                .orElse(0);
    }

    public double recallAt(Mode mode, int n) {
        return share(
                answerable().stream()
                        .filter(r -> {
                            int rank = r.goldRanks().get(mode);
                            return rank > 0 && rank <= n;
                        })
                        .count(),
                answerable().size());
    }

    public double mrr(Mode mode) {
        return answerable().isEmpty()
                ? 0
                : answerable().stream()
                        .mapToDouble(r -> {
                            int rank = r.goldRanks().get(mode);
                            return rank == 0 ? 0 : 1.0 / rank;
                        })
                        .average()
                        .orElse(0);
    }

    public long hits() {
        return answerable().stream().filter(Evaluation.QuestionResult::hit).count();
    }

    public double hitRate() {
        return share(hits(), answerable().size());
    }

    /**
     * Of the hits whose answer leads with a phrase ({@link ShortAnswer}), those whose phrase itself holds an expected
     * answer.
     */
    public Proportion shortAnswersRight() {
        List<Boolean> right = answerable().stream()
                .filter(Evaluation.QuestionResult::hit)
                .flatMap(r -> ShortAnswer.of(r.answer().text()).map(phrase -> expected(r, phrase)).stream())
                .toList();
        return new Proportion(right.stream().filter(b -> b).count(), right.size());
    }

    private static boolean expected(Evaluation.QuestionResult r, String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        // A phrase that ends with an abbreviation's full stop ("5 p.m.") leads its answer with that one stop only.
        return r.question().expectAny().stream()
                .map(e -> e.toLowerCase(Locale.ROOT))
                .anyMatch(e ->
                        lower.contains(e) || e.endsWith(".") && endsWithWords(lower, e.substring(0, e.length() - 1)));
    }

    /** Whether {@code text} ends with {@code words}, from a word's start: "8:45 p.m" does not end with "5 p.m". */
    private static boolean endsWithWords(String text, String words) {
        int from = text.length() - words.length();
        return text.endsWith(words) && (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)));
    }

    public double citationPrecision() {
        int cited =
                answerable().stream().mapToInt(Evaluation.QuestionResult::cited).sum();
        int gold = answerable().stream()
                .mapToInt(Evaluation.QuestionResult::citedGold)
                .sum();
        return share(gold, cited);
    }

    public double verbatimRate() {
        int all = results.stream().mapToInt(r -> r.answer().citations().size()).sum();
        int verbatim =
                results.stream().mapToInt(Evaluation.QuestionResult::verbatim).sum();
        return all == 0 ? 1 : share(verbatim, all);
    }

    public long correctAbstentions() {
        return unanswerable().stream().filter(r -> !r.answer().answered()).count();
    }

    public long falseAbstentions() {
        return answerable().stream().filter(r -> !r.answer().answered()).count();
    }

    /**
     * The questions that say "this week", which must be answered from articles published in the week before they
     * were asked, or not at all: an older article reports another week's events.
     */
    public ThisWeek thisWeek() {
        int questions = 0;
        int fromTheWeek = 0;
        int fromOlder = 0;
        for (Evaluation.QuestionResult r : results) {
            LocalDate askedOn = r.question().askedOn();
            if (askedOn == null || !THIS_WEEK.matcher(r.question().question()).find()) {
                continue;
            }
            questions++;
            if (!r.answer().answered()) {
                continue;
            }
            boolean inWeek = r.answer().citations().stream()
                    .allMatch(c -> c.published() != null
                            && !c.published().isAfter(askedOn)
                            && !c.published().isBefore(askedOn.minusDays(ThisWeek.DAYS)));
            if (inWeek) {
                fromTheWeek++;
            } else {
                fromOlder++;
            }
        }
        return new ThisWeek(questions, fromTheWeek, fromOlder, questions - fromTheWeek - fromOlder);
    }

    /**
     * Of {@code questions} that say "this week", how many were answered citing only articles of the {@link #DAYS}
     * days before they were asked, how many cited an older (or undated) one, and how many abstained.
     */
    public record ThisWeek(int questions, int fromTheWeek, int fromOlder, int abstained) {
        public static final int DAYS = 7;
    }

    /** The table, then one line per missed question. */
    public String table() {
        StringBuilder out = new StringBuilder();
        if (answerable().isEmpty() && unanswerable().isEmpty() && !overviews().isEmpty()) {
            return overviewTable(out).toString();
        }
        out.append(String.format(
                Locale.ROOT,
                "retrieval over %d answerable questions (article-level)%n",
                answerable().size()));
        out.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s%n", "", "R@1", "R@5", "MRR"));
        for (Mode mode : List.of(Mode.BM25, Mode.VECTOR, Mode.HYBRID)) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-8s %6.2f %6.2f %6.2f%n",
                    mode.name().toLowerCase(Locale.ROOT),
                    recallAt(mode, 1),
                    recallAt(mode, 5),
                    mrr(mode)));
        }
        out.append(String.format(Locale.ROOT, "answers (%s generator; rates with 95%% Wilson intervals)%n", generator));
        out.append(String.format(
                Locale.ROOT,
                "  answer hit rate        %s%n",
                new Proportion(hits(), answerable().size())));
        out.append(String.format(
                Locale.ROOT, "  short answers right    %s of the hits that lead with one%n", shortAnswersRight()));
        out.append(String.format(Locale.ROOT, "  citation precision     %.2f%n", citationPrecision()));
        out.append(String.format(Locale.ROOT, "  verbatim citations     %.2f%n", verbatimRate()));
        out.append(String.format(
                Locale.ROOT,
                "  abstained, unanswerable %s%n",
                new Proportion(correctAbstentions(), unanswerable().size())));
        out.append(String.format(
                Locale.ROOT,
                "  abstained, answerable   %s (false abstentions)%n",
                new Proportion(falseAbstentions(), answerable().size())));
        long dated = results.stream()
                .filter(r -> r.answer().answered() && r.answer().text().startsWith("As of "))
                .count();
        long stale = results.stream()
                .filter(r -> Boolean.TRUE.equals(r.answer().stale()))
                .count();
        out.append(String.format(
                Locale.ROOT,
                "  dated \"as of\"         %d answers, %d of them said to rest on old evidence%n",
                dated,
                stale));
        ThisWeek week = thisWeek();
        if (week.questions() > 0) {
            out.append(String.format(
                    Locale.ROOT,
                    "  \"this week\" questions  %d: %d answered from the week before asked_on, %d from older"
                            + " articles, %d abstained%n",
                    week.questions(),
                    week.fromTheWeek(),
                    week.fromOlder(),
                    week.abstained()));
        }
        if (!overviews().isEmpty()) {
            overviewTable(out);
        }
        for (Evaluation.QuestionResult r : results) {
            String miss = missReason(r);
            if (miss != null) {
                out.append(String.format(
                        Locale.ROOT,
                        "  missed %s: %s | %s%n",
                        r.question().id(),
                        r.question().question(),
                        miss));
            }
        }
        return out.toString();
    }

    /**
     * Overview questions: mean key-point recall (with the spread of its per-question values), articles cited,
     * sentences, redundant pairs, abstentions; then each question's line.
     */
    private StringBuilder overviewTable(StringBuilder out) {
        List<Evaluation.QuestionResult> overviews = overviews();
        int n = overviews.size();
        double recall = keyPointRecall();
        double variance = overviews.stream()
                        .mapToDouble(r -> Math.pow(r.overview().recall() - recall, 2))
                        .sum()
                / Math.max(1, n - 1);
        // A normal interval on the mean of per-question recalls; with few questions it is wide, as it should be.
        double half = n < 2 ? 0 : 1.96 * Math.sqrt(variance / n);
        out.append(String.format(Locale.ROOT, "overview answers over %d questions (%s generator)%n", n, generator));
        out.append(String.format(
                Locale.ROOT,
                "  key-point recall       %.2f [%.2f, %.2f] (mean of per-question recall, 95%% normal interval)%n",
                recall,
                Math.max(0, recall - half),
                Math.min(1, recall + half)));
        out.append(String.format(
                Locale.ROOT,
                "  articles cited         %.1f per answer%n",
                overviews.stream()
                        .mapToInt(r -> r.overview().articles())
                        .average()
                        .orElse(0)));
        out.append(String.format(
                Locale.ROOT,
                "  sentences              %.1f per answer, at most %d%n",
                overviews.stream()
                        .mapToInt(r -> r.overview().sentences())
                        .average()
                        .orElse(0),
                overviews.stream().mapToInt(r -> r.overview().sentences()).max().orElse(0)));
        out.append(String.format(
                Locale.ROOT,
                "  redundant pairs        %d (cited sentences with cosine above %.1f)%n",
                overviews.stream().mapToInt(r -> r.overview().redundantPairs()).sum(),
                OverviewScore.REDUNDANT));
        out.append(String.format(
                Locale.ROOT,
                "  abstained              %d%n",
                overviews.stream().filter(r -> !r.answer().answered()).count()));
        for (Evaluation.QuestionResult r : overviews) {
            OverviewScore score = r.overview();
            out.append(String.format(
                    Locale.ROOT,
                    "  %s %d/%d key points, %d articles, %d sentences: %s%n",
                    r.question().id(),
                    score.covered(),
                    score.keyPoints(),
                    score.articles(),
                    score.sentences(),
                    r.question().question()));
        }
        return out;
    }

    private static String missReason(Evaluation.QuestionResult r) {
        if (r.question().isOverview()) {
            return null;
        }
        if (!r.question().answerable()) {
            return r.answer().answered()
                    ? "answered an unanswerable question: " + clip(r.answer().text())
                    : null;
        }
        if (r.hit()) {
            return null;
        }
        if (!r.answer().answered()) {
            return "abstained (gold rank in hybrid: " + r.goldRanks().get(Mode.HYBRID) + ")";
        }
        return (r.citedGold() == 0 ? "cited no gold source; " : "no expected phrase; ") + "answered: "
                + clip(r.answer().text());
    }

    private static String clip(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
