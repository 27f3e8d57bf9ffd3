package dev.sourced.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An index folder of its own for a test profile's application: Quarkus may keep one test application running while
 * it starts another, and the two must not share Lucene's write lock. Launches of one profile run one after another
 * and reuse the folder, which also exercises the unchanged-corpus path of start-up.
 */
public final class TestIndexDir {
    private TestIndexDir() {}

    public static Map<String, String> of(String profile) {
        return Map.of(
                "sourced.index.dir", Path.of("target", "test-index", profile).toString());
    }

    /** A new, empty folder: for profiles whose tests write articles and must not see an earlier run's. */
    public static Map<String, String> fresh(String profile) {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-index"));
            return Map.of(
                    "sourced.index.dir",
                    Files.createTempDirectory(parent, profile + "-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
