package dev.sourced.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The log file the test profile writes (see application.properties), read back by tests. */
public final class TestLog {
    private static final Path FILE = Path.of("target", "quarkus-test.log");

    private TestLog() {}

    /** Fails when any of the secrets appears anywhere in the log written so far. */
    public static void assertContainsNone(String... secrets) {
        try {
            assertTrue(Files.exists(FILE), "the test log exists");
            String log = Files.readString(FILE);
            for (String secret : secrets) {
                assertFalse(log.contains(secret), "a secret reached the log");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
