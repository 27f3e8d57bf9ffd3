package dev.sourced.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusMainTest
@TestProfile(IngestCliProfile.class)
class IngestCommandTest {
    @TempDir
    Path dir;

    @Test
    void ingestsAFolderReportsEachOutcomeAndTheArticlesAreThereAfterwards(QuarkusMainLauncher launcher)
            throws Exception {
        Files.writeString(
                dir.resolve("harbour-news.txt"),
                "The harbour reopened on Friday after a storm. " + "Ferries run again.");
        Files.writeString(dir.resolve("museum.md"), "# Museum\nThe museum added a wing for Baltic amber.");
        Files.write(dir.resolve("broken.txt"), new byte[] {'b', 'a', 'd', (byte) 0xFF, (byte) 0xFE});
        Files.writeString(dir.resolve("empty.txt"), "  ");
        Files.writeString(dir.resolve("ignored.csv"), "not,an,article");

        LaunchResult first = launcher.launch("ingest", dir.toString());
        assertEquals(1, first.exitCode(), first.getErrorOutput());
        assertTrue(first.getOutput().contains("added 2, updated 0, unchanged 0, rejected 2"), first.getOutput());
        assertTrue(
                first.getOutput().contains("rejected broken.txt: article 'broken' is not valid UTF-8 text"),
                first.getOutput());
        assertTrue(first.getOutput().contains("rejected empty.txt:"), first.getOutput());

        Files.writeString(dir.resolve("museum.md"), "# Museum\nThe museum added a wing for Baltic amber and glass.");
        Files.delete(dir.resolve("broken.txt"));
        Files.delete(dir.resolve("empty.txt"));
        LaunchResult second = launcher.launch("ingest", dir.toString());
        assertEquals(0, second.exitCode(), second.getErrorOutput());
        assertTrue(second.getOutput().contains("added 0, updated 1, unchanged 1, rejected 0"), second.getOutput());

        LaunchResult ask = launcher.launch("ask", "What did the museum add?");
        assertTrue(ask.getOutput().contains("Baltic amber and glass"), ask.getOutput());
        assertTrue(ask.getOutput().contains("[1] museum"), ask.getOutput());
    }
}
