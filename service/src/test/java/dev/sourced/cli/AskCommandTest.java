package dev.sourced.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

@QuarkusMainTest
@TestProfile(CliProfile.class)
class AskCommandTest {
    @Test
    @Launch({"ask", "Which agreement did China urge the parties to return to?"})
    void printsTheAnswerWithItsCitationsAndExits(LaunchResult result) {
        String out = result.getOutput();
        assertTrue(out.contains("Minsk agreement"), out);
        assertTrue(out.contains("[1] 001_cac66bdd6cab3789"), out);
        assertTrue(out.contains("    read it at /articles/001_cac66bdd6cab3789?hl="), out);
        assertEquals(0, result.exitCode());
    }
}
