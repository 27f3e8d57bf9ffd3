package dev.sourced.feedback;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Votes on answers in one JSON-lines file, {@code feedback.jsonl}, oldest first. Every method that changes it returns
 * only once the change is on disk (fsync), so an acknowledged vote survives a crash or a kill -9:
 *
 * <ul>
 *   <li>a new vote is appended as one line, then the file is synced;
 *   <li>anything that removes data (a vote replaced by the same person's second one, a deletion, votes past the
 *       retention, a line torn by a crash) rewrites the file: a temporary copy is written and synced, renamed over the
 *       file in one atomic step, and the folder synced, so that removed data does not linger on disk and a crash
 *       leaves the old file or the new one, never a mix.
 * </ul>
 *
 * A line torn by a crash during an append (never acknowledged) is skipped when read and dropped by the next write.
 * Nothing is held in memory: every call reads the file, which the retention keeps small, so any number of stores
 * (this process's, the {@code export-feedback} command's) see one truth. Writes are serialised within this store and,
 * across processes, by a lock on {@code feedback.lock}. Thread-safe.
 */
public final class FeedbackStore {
    private static final Logger LOG = Logger.getLogger(FeedbackStore.class);
    static final String FILE = "feedback.jsonl";
    private static final String LOCK = "feedback.lock";

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Path dir;
    private final Path file;
    private final Duration retention;
    private final Clock clock;

    /** @param retention how long a vote is kept and listed, counted from its latest click */
    public FeedbackStore(Path dir, Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("sourced.feedback.retention must be positive, not " + retention);
        }
        this.dir = dir;
        this.file = dir.resolve(FILE);
        this.retention = retention;
        this.clock = clock;
    }

    /**
     * Keeps a vote, durably when this returns. A vote by the same person on the same answer replaces theirs, keeping
     * its id.
     *
     * @param vote a vote whose {@code id} and {@code at} the store gives (the id of the vote it replaces, or a new one;
     *     the time now), whatever it holds there
     * @return the vote as stored
     * @throws UncheckedIOException when it could not be written; nothing is then acknowledged
     */
    public synchronized Feedback record(Feedback vote) {
        try {
            return locked(() -> {
                Contents contents = read();
                Instant now = clock.instant();
                List<Feedback> kept = live(contents.records(), now);
                Optional<Feedback> previous =
                        kept.stream().filter(f -> f.sameVoterAndAnswer(vote)).findFirst();
                Feedback saved = vote.stored(
                        previous.map(Feedback::id)
                                .orElseGet(() -> UUID.randomUUID().toString()),
                        now);
                if (previous.isEmpty()
                        && contents.clean()
                        && kept.size() == contents.records().size()) {
                    append(saved);
                } else {
                    List<Feedback> next = new ArrayList<>(kept);
                    previous.ifPresent(next::remove);
                    next.add(saved);
                    rewrite(next);
                }
                return saved;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the vote could not be stored", e);
        }
    }

    /** The votes within the retention, newest first. Serialised with writes, so it never sees a half-written line. */
    public synchronized List<Feedback> list() {
        try {
            List<Feedback> live = new ArrayList<>(live(read().records(), clock.instant()));
            return live.reversed();
        } catch (IOException e) {
            throw new UncheckedIOException("the votes could not be read", e);
        }
    }

    /** Removes a vote from the disk; false when there is none with that id. */
    public synchronized boolean delete(String id) {
        try {
            return locked(() -> {
                List<Feedback> kept = new ArrayList<>(live(read().records(), clock.instant()));
                if (!kept.removeIf(f -> f.id().equals(id))) {
                    return false;
                }
                rewrite(kept);
                return true;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the vote could not be deleted", e);
        }
    }

    /**
     * Removes the votes past the retention, and any torn line, from the disk.
     *
     * @return how many votes were dropped
     */
    public synchronized int dropExpired() {
        try {
            Contents unlocked = read();
            if (unlocked.clean()
                    && live(unlocked.records(), clock.instant()).size()
                            == unlocked.records().size()) {
                return 0; // nothing to drop: no lock, no write
            }
            return locked(() -> {
                Contents contents = read();
                List<Feedback> kept = live(contents.records(), clock.instant());
                rewrite(kept);
                return contents.records().size() - kept.size();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("expired votes could not be dropped", e);
        }
    }

    private List<Feedback> live(List<Feedback> records, Instant now) {
        Instant oldest = now.minus(retention);
        return records.stream().filter(f -> f.at().isAfter(oldest)).toList();
    }

    /** The file's complete, readable lines; {@code clean} is false when a line was torn or unreadable. */
    private Contents read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Contents(List.of(), true);
        }
        List<Feedback> records = new ArrayList<>();
        boolean clean = true;
        int start = 0;
        int lineNumber = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            lineNumber++;
            try {
                Feedback f = json.readValue(bytes, start, i - start, Feedback.class);
                if (f.id() == null || f.at() == null || f.vote() == null) {
                    throw new IOException("a vote without id, time or vote");
                }
                records.add(f);
            } catch (IOException | IllegalArgumentException e) {
                clean = false;
                // Neither the line nor the parser's message (which quotes it) is logged: it may hold a question.
                LOG.warnf("%s line %d is unreadable and is skipped", file, lineNumber);
            }
            start = i + 1;
        }
        if (start < bytes.length) {
            clean = false;
            LOG.warnf("%s ends in a torn line (a write cut short) and it is skipped", file);
        }
        return new Contents(records, clean);
    }

    private void append(Feedback feedback) throws IOException {
        boolean created = Files.notExists(file);
        try (FileChannel out = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            writeFully(out, line(feedback));
            out.force(true);
        }
        if (created) {
            sync(dir); // the new file's name must survive a crash too
        }
    }

    private void rewrite(List<Feedback> records) throws IOException {
        Path temporary = dir.resolve(FILE + ".tmp");
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Feedback f : records) {
            all.write(line(f));
        }
        try (FileChannel out = FileChannel.open(
                temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(out, all.toByteArray());
            out.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        sync(dir);
    }

    private byte[] line(Feedback feedback) throws IOException {
        // Jackson escapes line breaks inside strings, so one vote is always one line.
        byte[] record = json.writeValueAsBytes(feedback);
        byte[] line = new byte[record.length + 1];
        System.arraycopy(record, 0, line, 0, record.length);
        line[record.length] = '\n';
        return line;
    }

    private static void writeFully(FileChannel out, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private static void sync(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Runs {@code work} holding the lock that excludes other processes' writers. */
    private <T> T locked(IoWork<T> work) throws IOException {
        if (Files.notExists(dir)) {
            Files.createDirectories(dir);
            sync(dir.toAbsolutePath().getParent());
        }
        try (FileChannel channel =
                        FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            return work.run();
        }
    }

    private interface IoWork<T> {
        T run() throws IOException;
    }

    private record Contents(List<Feedback> records, boolean clean) {}
}
