package dev.sourced.answer;

import dev.sourced.conversation.Turns;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Search;
import io.vertx.core.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Answers a question: one embedding and hybrid retrieval, then the configured generator. A bulkhead bounds how many
 * questions are worked on at once, retrieval included, so a burst is turned away with {@link OverloadedException}
 * instead of starving every request of CPU. A streamed answer holds its place from retrieval until its last token,
 * across threads, which is why the bulkhead is a plain semaphore rather than a Fault Tolerance guard around one call.
 * Thread-safe.
 */
public final class Asker {
    /**
     * Passages an answer draws on when the asker does not say: every surface answers alike. The evidence checks
     * reject sentences that do not meet the question, so reading past the first few passages finds answers that
     * rank lower without quoting more noise.
     */
    public static final int DEFAULT_PASSAGES = 10;
    /** How many times as many passages an overview reads. */
    private static final int OVERVIEW_READING = 5;

    private final Search search;
    private final AnswerGenerator generator;
    private final AsOfWording wording;
    private final AskMetrics metrics;
    private final ReaderLinks links;
    private final Semaphore places;

    /**
     * @param wording dates the answers to questions about the present, whichever generator wrote them
     * @param links links each citation to its passage in the article reader
     * @param concurrent how many questions may be worked on at once; further callers get {@link OverloadedException}
     */
    public Asker(
            Search search,
            AnswerGenerator generator,
            AsOfWording wording,
            AskMetrics metrics,
            ReaderLinks links,
            int concurrent) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one question must be allowed at once, not " + concurrent);
        }
        this.search = search;
        this.generator = generator;
        this.wording = wording;
        this.metrics = metrics;
        this.links = links;
        this.places = new Semaphore(concurrent);
    }

    /** Answers from the {@link #DEFAULT_PASSAGES} best passages. */
    public Answer ask(Question question) {
        return ask(question, DEFAULT_PASSAGES);
    }

    /** @param k how many passages the generator may draw on */
    public Answer ask(Question question, int k) {
        return ask(question, k, null);
    }

    /**
     * @param asOf the date the question is asked as of: articles published after it are not used, and a question
     *     about recent events ("this week") is answered only from articles of the days before it; {@code null} for
     *     no date
     */
    public Answer ask(Question question, int k, LocalDate asOf) {
        return ask(question, k, asOf, Detail.STANDARD);
    }

    /** @param detail how long an overview answer may be */
    public Answer ask(Question question, int k, LocalDate asOf, Detail detail) {
        return ask(question, k, asOf, detail, generator);
    }

    /** As {@link #ask(Question, int, LocalDate, Detail)}, answered by {@code by} instead of the configured generator. */
    public Answer ask(Question question, int k, LocalDate asOf, Detail detail, AnswerGenerator by) {
        long started = System.nanoTime();
        try (Place place = take()) {
            Search.Result evidence = retrieve(question, passagesFor(question.text(), k), asOf);
            return counted(finished(by.generate(evidence, detail, question.earlier()), evidence), started);
        }
    }

    /** The {@code k} passages that would answer {@code question}, best first, without an answer. */
    public Search.Result search(Question question, int k) {
        try (Place place = take()) {
            return retrieve(question, k, null);
        }
    }

    /**
     * Takes a place and retrieves the passages on the calling thread, so that overload and an index that is not ready
     * are known before a stream opens. The caller answers (on any thread) and closes the result, which gives the
     * place back; closing twice is harmless.
     */
    public Streamed stream(Question question, int k, LocalDate asOf) {
        return stream(question, k, asOf, Detail.STANDARD);
    }

    /** As {@link #stream(Question, int, LocalDate)}, with an overview answer as long as {@code detail} says. */
    public Streamed stream(Question question, int k, LocalDate asOf, Detail detail) {
        return stream(question, k, asOf, detail, generator);
    }

    /** As {@link #stream(Question, int, LocalDate, Detail)}, answered by {@code by}. */
    public Streamed stream(Question question, int k, LocalDate asOf, Detail detail, AnswerGenerator by) {
        long started = System.nanoTime();
        Place place = take();
        try {
            Search.Result evidence = retrieve(question, passagesFor(question.text(), k), asOf);
            return new Streamed(evidence, detail, question.earlier(), by, place, started);
        } catch (RuntimeException e) {
            place.close();
            throw e;
        }
    }

    /**
     * How many passages an answer to {@code question} draws on when {@code k} are asked for: an overview reads
     * {@value #OVERVIEW_READING} times as many, since its points are spread over more articles and sentences than one
     * fact is.
     */
    public static int passagesFor(String question, int k) {
        return OverviewQuestion.of(question).isPresent() ? OVERVIEW_READING * k : k;
    }

    /**
     * The generator's answer with its citations' article details, reader links and the other articles publishing
     * their stories, dated when the question asks about the present.
     */
    private Answer finished(Answer answer, Search.Result evidence) {
        Answer told =
                links.link(SyndicatedCitations.attach(CitationDetails.of(answer, evidence.hits()), evidence.hits()));
        return wording.word(told, evidence.question(), evidence.asOf());
    }

    private Answer counted(Answer answer, long started) {
        metrics.record(answer, System.nanoTime() - started);
        return answer;
    }

    private Search.Result retrieve(Question question, int k, LocalDate asOf) {
        return search.search(
                question.text(),
                QuestionTerms.weighedText(question.text()),
                k,
                Mode.HYBRID,
                Recency.publishedFor(question.text(), asOf));
    }

    private Place take() {
        // Embedding and search block for milliseconds (seconds on a slow cluster): on a Vert.x event loop they would
        // stall every connection it serves. Failing loudly keeps that a bug found by tests, not a slow service.
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("questions must not be worked on on an event-loop thread");
        }
        if (!places.tryAcquire()) {
            throw new OverloadedException();
        }
        return new Place();
    }

    /** A question retrieved for and holding its place until it is answered or closed. */
    public final class Streamed implements AutoCloseable {
        private final Search.Result evidence;
        private final Detail detail;
        private final List<Turns.Turn> earlier;
        private final AnswerGenerator by;
        private final Place place;
        private final long started;

        private Streamed(
                Search.Result evidence,
                Detail detail,
                List<Turns.Turn> earlier,
                AnswerGenerator by,
                Place place,
                long started) {
            this.evidence = evidence;
            this.detail = detail;
            this.earlier = earlier;
            this.by = by;
            this.place = place;
            this.started = started;
        }

        /** Answers, telling {@code onText} the answer text as the generator produces it; then gives the place back. */
        public Answer answer(Consumer<String> onText) {
            try {
                return counted(finished(by.generate(evidence, detail, earlier, onText), evidence), started);
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            place.close();
        }
    }

    private final class Place implements AutoCloseable {
        private final AtomicBoolean held = new AtomicBoolean(true);

        @Override
        public void close() {
            if (held.compareAndSet(true, false)) {
                places.release();
            }
        }
    }
}
