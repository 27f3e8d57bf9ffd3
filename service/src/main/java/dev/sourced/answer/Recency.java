package dev.sourced.answer;

import dev.sourced.retrieval.Period;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How recent the evidence for a question must be, read from its words: "this week" asks about the days before the
 * question was asked, "recently" or "the latest" about the weeks before. An article published before that cannot
 * report it, however well it matches: the typhoon of this week is not the typhoon of 2013.
 */
public enum Recency {
    /** "this week", "last week", "yesterday": published within ten days before the question (a week, and the
     * weekend before it). */
    WEEK(10),
    /** "this month", "recently", "the latest", "new", "next", "now": published within 45 days. */
    WEEKS(45),
    ANY(Integer.MAX_VALUE);

    // Lower case only: "New York", "USA Today" and "The Tonight Show" say nothing about time.
    private static final Pattern ASKS_WEEK = Pattern.compile(
            "\\b(?:this|last|past) (?:week|weekend)\\b|" + "\\b(?:yesterday|today|tonight|last night)\\b");
    private static final Pattern ASKS_WEEKS = Pattern.compile("\\b(?:this|last|past|next) month\\b|\\bnext week\\b|"
            + "\\brecent(?:ly)?\\b|\\b(?:latest|newest|new|next|upcoming|current(?:ly)?|now)\\b");

    /** The words that only say when ("this week", "recently"), not what: the evidence need not repeat them. */
    private static final Pattern TIME_WORDS = Pattern.compile("(?i)\\b(?:(?:this|last|past|next) "
            + "(?:week|weekend|month)|yesterday|today|tonight|last night|recent(?:ly)?)\\b");

    private static final Pattern FUTURE =
            Pattern.compile("(?i)\\b(?:will|(?:is|are) (?:set|scheduled|expected|due|going) to|upcoming|next)\\b");
    /**
     * An obligation still to be met ("must the drugmaker add", "does the firm have to add", "is required to"), not one
     * inferred ("must the city have spent"), a "must-win game", nor "have to do with".
     */
    private static final Pattern OBLIGATION = Pattern.compile(
            "(?i)\\b(?:must(?![\\w-])(?![^?]*\\bhave\\b)|(?:has|have|needs?) to(?! do with\\b)|(?:is|are) required to)\\b");
    /** A past tense before an obligation, which then tells what was owed: "How much did Boeing have to pay…". */
    private static final Pattern PAST_BEFORE = Pattern.compile("(?i)\\b(?:did|had|was|were)\\b");
    /** "Should" of what was to come, not "should have". */
    private static final Pattern SHOULD = Pattern.compile("(?i)\\bshould\\b(?!\\s+(?:not\\s+)?have\\b)");
    /**
     * A report just before "should" or "must", which then tells what someone said: "said Trump should drop out".
     */
    private static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(?:said|says|say|told|tells|argued|argues|warned|warns|urged|urges|insisted|that)\\b");
    /** How far before "should" or "must" a report is looked for: a few words. */
    private static final int REPORT_REACH_CHARS = 30;

    private final int days;

    Recency(int days) {
        this.days = days;
    }

    /**
     * The period the evidence for {@code question} asked as of {@code asOf} must be published in: up to that date,
     * and for a question about recent events no earlier than its reach; for a question about a year, known date or not,
     * no earlier than {@link #earliestReport}.
     */
    public static Period publishedFor(String question, LocalDate asOf) {
        Recency recency = of(question);
        LocalDate from = recency == ANY || asOf == null ? null : asOf.minusDays(recency.days);
        LocalDate earliest = earliestReport(question);
        if (earliest != null && (from == null || earliest.isAfter(from)) && (asOf == null || !earliest.isAfter(asOf))) {
            from = earliest;
        }
        return new Period(from, asOf);
    }

    /**
     * The first day an article can report what a question about a year asks ("Who won the 2024 Golden Globe for
     * best drama?"): the first of January of the year before its earliest year, since what precedes an edition of an
     * event (its nominees, its host) is reported the year before; {@code null} when the question names no year or
     * asks what will happen, which an older article may announce. The reader holds each article to the finer rule
     * ({@link EvidenceReader}); the search leaves out those no rule admits, so they take no place among the passages
     * read.
     */
    static LocalDate earliestReport(String question) {
        if (asksAboutFuture(question)) {
            return null;
        }
        OptionalInt earliest = Years.in(QuestionForm.asking(question)).stream()
                .mapToInt(Integer::parseInt)
                .min();
        return earliest.isPresent() ? LocalDate.of(earliest.getAsInt() - 1, 1, 1) : null;
    }

    /**
     * Whether {@code question} asks what will happen ("will", "is set to", "upcoming"), what was meant to ("which state
     * should hold the 2024 primary") or what must be done ("how many jobs must the firm add by the end of 2016", "has
     * to"), which an article from before may tell.
     */
    static boolean asksAboutFuture(String question) {
        if (FUTURE.matcher(question).find()) {
            return true;
        }
        Matcher should = SHOULD.matcher(question);
        while (should.find()) {
            if (!reported(question, should.start())) {
                return true;
            }
        }
        // An obligation is read where the question asks: a statement before may tell what someone must do.
        String asking = QuestionForm.asking(question);
        Matcher obligation = OBLIGATION.matcher(asking);
        while (obligation.find()) {
            if (!reported(asking, obligation.start())
                    && !PAST_BEFORE
                            .matcher(asking.substring(0, obligation.start()))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of reporting stands just before {@code at}: "said Trump should", "says Biden must". */
    private static boolean reported(String text, int at) {
        return REPORTED.matcher(text.substring(Math.max(0, at - REPORT_REACH_CHARS), at))
                .find();
    }

    /**
     * {@code question} without the words that only place it in time: recency is a constraint on the article's date
     * ({@link #admits}), so a story need not write "this week" to answer what happened this week.
     */
    static String withoutTimeWords(String question) {
        return TIME_WORDS.matcher(question).replaceAll(" ");
    }

    /** Whether {@code word} alone only says when ("recently", "today"), as in "which team recently won". */
    static boolean isTimeWord(String word) {
        return TIME_WORDS.matcher(word).matches();
    }

    static Recency of(String question) {
        if (ASKS_WEEK.matcher(question).find()) {
            return WEEK;
        }
        return ASKS_WEEKS.matcher(question).find() ? WEEKS : ANY;
    }

    /** How many days before the question the evidence for it may be published. */
    int days() {
        return days;
    }

    /**
     * Whether an article published on {@code published} can report what the question asks as of {@code asOf}: too
     * old only when both dates are known.
     */
    boolean admits(LocalDate published, LocalDate asOf) {
        return this == ANY || published == null || asOf == null || !published.isBefore(asOf.minusDays(days));
    }
}
