package dev.sourced.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store through its public interface, each check over a second store opened on the same folder as a restart. */
class FeedbackStoreTest {
    private static final Duration RETENTION = Duration.ofDays(90);

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T12:00:00Z"));

    private FeedbackStore open() {
        return new FeedbackStore(dir, RETENTION, clock);
    }

    private static Feedback click(Vote vote, String user, String messageTs, String question) {
        return new Feedback(
                null,
                null,
                vote,
                question,
                question,
                "Zhang Jun [1]",
                List.of(new Passage(1, "001_cac66bdd6cab3789", 120, 480)),
                "extractive",
                "channel",
                "C1",
                messageTs,
                user);
    }

    private String fileText() throws IOException {
        return Files.readString(dir.resolve(FeedbackStore.FILE));
    }

    @Test
    void aVoteIsReadBackByAStoreOpenedAfterARestart() {
        Feedback saved = open().record(click(Vote.DOWN, "u1", "1.1", "Who is China's ambassador to the UN?"));
        List<Feedback> read = open().list();
        assertEquals(List.of(saved), read);
        Feedback f = read.getFirst();
        assertEquals(Vote.DOWN, f.vote());
        assertEquals(List.of(new Passage(1, "001_cac66bdd6cab3789", 120, 480)), f.citations());
        assertEquals(clock.instant(), f.at());
    }

    @Test
    void votesAreListedNewestFirst() {
        FeedbackStore store = open();
        store.record(click(Vote.UP, "u1", "1.1", "first"));
        clock.advance(Duration.ofMinutes(1));
        store.record(click(Vote.DOWN, "u1", "1.2", "second"));
        assertEquals(
                List.of("second", "first"),
                open().list().stream().map(Feedback::question).toList());
    }

    @Test
    void aSecondVoteBySamePersonOnSameAnswerReplacesTheFirstAndOthersDoNot() throws IOException {
        FeedbackStore store = open();
        Feedback first = store.record(click(Vote.UP, "u1", "1.1", "replaced question"));
        store.record(click(Vote.UP, "u2", "1.1", "another person"));
        store.record(click(Vote.UP, "u1", "1.2", "another answer"));
        clock.advance(Duration.ofMinutes(1));
        Feedback second = store.record(click(Vote.DOWN, "u1", "1.1", "the question again"));

        List<Feedback> all = open().list();
        assertEquals(3, all.size(), all.toString());
        assertEquals(second, all.getFirst());
        assertEquals(first.id(), second.id(), "the replacement keeps the vote's id");
        assertEquals(Vote.DOWN, second.vote());
        assertFalse(fileText().contains("replaced question"), "a replaced vote does not linger on disk");
    }

    @Test
    void aDeletedVoteIsGoneFromTheDisk() throws IOException {
        FeedbackStore store = open();
        Feedback kept = store.record(click(Vote.UP, "u1", "1.1", "kept question"));
        Feedback deleted = store.record(click(Vote.DOWN, "u2", "1.1", "deleted question"));
        assertTrue(store.delete(deleted.id()));
        assertFalse(store.delete(deleted.id()), "a second delete finds nothing");
        assertFalse(store.delete("no-such-id"));
        assertEquals(List.of(kept), open().list());
        assertFalse(fileText().contains("deleted question"));
    }

    @Test
    void votesPastTheRetentionAreNeitherListedNorKept() throws IOException {
        FeedbackStore store = open();
        store.record(click(Vote.DOWN, "u1", "1.1", "old question"));
        clock.advance(RETENTION.minusDays(1));
        Feedback recent = store.record(click(Vote.DOWN, "u1", "1.2", "recent question"));
        clock.advance(Duration.ofDays(2));

        assertEquals(List.of(recent), open().list(), "the old vote is past the retention");
        assertTrue(fileText().contains("old question"), "not yet dropped: nothing has written since");
        assertEquals(1, open().dropExpired());
        assertFalse(fileText().contains("old question"));
        assertEquals(0, open().dropExpired(), "nothing left to drop");
        assertEquals(List.of(recent), open().list());
    }

    @Test
    void aWriteDropsVotesPastTheRetention() throws IOException {
        open().record(click(Vote.DOWN, "u1", "1.1", "old question"));
        clock.advance(RETENTION.plusDays(1));
        open().record(click(Vote.UP, "u1", "1.2", "new question"));
        assertFalse(fileText().contains("old question"));
    }

    @Test
    void aLineTornByAKillIsSkippedAndTheNextWriteDoesNotJoinIt() throws IOException {
        FeedbackStore store = open();
        Feedback a = store.record(click(Vote.DOWN, "u1", "1.1", "first"));
        Feedback b = store.record(click(Vote.UP, "u1", "1.2", "second"));
        // A kill during an append, which was never acknowledged, leaves part of a line and no newline.
        Files.writeString(
                dir.resolve(FeedbackStore.FILE),
                "{\"id\":\"torn\",\"at\":\"2026-06-01T12:00:00Z\",\"vote\":\"do",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertEquals(List.of(b, a), open().list(), "every acknowledged vote is readable");
        Feedback c = open().record(click(Vote.DOWN, "u2", "1.3", "third"));
        assertEquals(List.of(c, b, a), open().list());
        assertFalse(fileText().contains("torn"));
        assertTrue(fileText().endsWith("\n"));
    }

    @Test
    void anUnreadableLineIsSkippedAndTheRestRead() throws IOException {
        Feedback a = open().record(click(Vote.DOWN, "u1", "1.1", "first"));
        Files.writeString(
                dir.resolve(FeedbackStore.FILE),
                "not json at all\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Feedback b = open().record(click(Vote.UP, "u1", "1.2", "second"));
        assertEquals(List.of(b, a), open().list());
    }

    @Test
    void anEmptyFolderHasNoVotesAndNothingToDrop() {
        FeedbackStore store = new FeedbackStore(dir.resolve("not-yet"), RETENTION, clock);
        assertEquals(List.of(), store.list());
        assertEquals(0, store.dropExpired());
        assertFalse(Files.exists(dir.resolve("not-yet")), "reading creates nothing");
    }

    /** A clock a test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
