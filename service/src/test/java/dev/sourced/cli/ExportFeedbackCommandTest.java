package dev.sourced.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sourced.eval.EvalQuestion;
import dev.sourced.eval.QuestionFile;
import dev.sourced.feedback.Feedback;
import dev.sourced.feedback.FeedbackStore;
import dev.sourced.feedback.Passage;
import dev.sourced.feedback.Vote;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
@TestProfile(ExportFeedbackProfile.class)
class ExportFeedbackCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = ExportFeedbackProfile.FEEDBACK_DIR;

    @TempDir
    Path out;

    @BeforeEach
    void emptyStore() throws IOException {
        if (Files.exists(DIR)) {
            try (Stream<Path> files = Files.walk(DIR)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void vote(Instant at, Vote vote, String question, String rewritten, String messageTs) {
        new FeedbackStore(DIR, Duration.ofDays(30), Clock.fixed(at, ZoneOffset.UTC))
                .record(new Feedback(
                        null,
                        null,
                        vote,
                        question,
                        rewritten,
                        "Zhang Jun is China's ambassador [1]",
                        List.of(new Passage(1, "001_cac66bdd6cab3789", 120, 480)),
                        "extractive",
                        "channel",
                        "C1",
                        messageTs,
                        "a".repeat(64)));
    }

    @Test
    void exportsTheThumbsDownAsQuestionsToFillIn(QuarkusMainLauncher launcher) throws Exception {
        Instant now = Instant.now();
        vote(now.minus(Duration.ofDays(40)), Vote.DOWN, "An old question past the retention?", null, "1.1");
        vote(now.minus(Duration.ofDays(2)), Vote.DOWN, "and who said that?", "Who said China would evacuate?", "1.2");
        vote(now.minus(Duration.ofDays(1)), Vote.UP, "A question people liked?", null, "1.3");
        vote(now, Vote.DOWN, "Who is China's ambassador to the UN?", null, "1.4");
        Path file = out.resolve("from-feedback.jsonl");

        LaunchResult result = launcher.launch("export-feedback", file.toString());
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertTrue(
                result.getErrorOutput().contains("exported 2 answers voted down to " + file), result.getErrorOutput());

        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size(), lines.toString());
        JsonNode followUp = JSON.readTree(lines.get(0));
        assertEquals("Who said China would evacuate?", followUp.get("question").asText(), "the standalone question");
        assertEquals("and who said that?", followUp.get("asked_as").asText());
        assertTrue(followUp.get("answerable").isNull());
        assertEquals(0, followUp.get("expect_any").size());
        assertEquals(0, followUp.get("sources").size());
        assertEquals(
                now.minus(Duration.ofDays(2))
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString(),
                followUp.get("asked_on").asText());
        JsonNode got = followUp.get("got");
        assertEquals("Zhang Jun is China's ambassador [1]", got.get("answer").asText());
        assertEquals("extractive", got.get("generator").asText());
        assertEquals(
                "001_cac66bdd6cab3789",
                got.get("citations").get(0).get("article_id").asText());
        assertEquals(120, got.get("citations").get(0).get("start").asInt());
        JsonNode plain = JSON.readTree(lines.get(1));
        assertEquals(
                "Who is China's ambassador to the UN?", plain.get("question").asText());
        assertFalse(plain.has("asked_as"));

        // Unreviewed lines are skipped by eval, with the reason; filled in, they are regression questions.
        QuestionFile.Parsed unreviewed = QuestionFile.parse(Files.readString(file));
        assertEquals(0, unreviewed.questions().size());
        assertEquals(2, unreviewed.problems().size());
        assertTrue(
                unreviewed.problems().getFirst().contains("'answerable'"),
                unreviewed.problems().toString());
        ObjectNode filled = (ObjectNode) plain;
        filled.put("answerable", true);
        filled.putArray("sources").add("001_cac66bdd6cab3789");
        filled.putArray("expect_any").add("Zhang Jun");
        List<EvalQuestion> reviewed = QuestionFile.parse(filled.toString()).questions();
        assertEquals(1, reviewed.size());
        assertEquals(List.of("Zhang Jun"), reviewed.getFirst().expectAny());
        assertEquals(
                now.atOffset(ZoneOffset.UTC).toLocalDate(), reviewed.getFirst().askedOn());

        // The start-up dropped the vote past the retention from the disk.
        assertFalse(Files.readString(DIR.resolve("feedback.jsonl")).contains("An old question"));
    }

    @Test
    void withNoFileItWritesToStandardOutput(QuarkusMainLauncher launcher) {
        vote(Instant.now(), Vote.DOWN, "Who is Hua Chunying?", null, "2.1");
        LaunchResult result = launcher.launch("export-feedback");
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getOutput().contains("\"question\":\"Who is Hua Chunying?\""), result.getOutput());
        assertTrue(result.getErrorOutput().contains("exported 1 answer voted down"), result.getErrorOutput());
    }
}
