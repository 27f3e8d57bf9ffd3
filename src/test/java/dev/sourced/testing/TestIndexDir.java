package dev.sourced.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fresh index folder for a test profile's application: Quarkus may keep one test application running while it
 * starts another, and the two must not share Lucene's write lock.
 */
public final class TestIndexDir {
    private TestIndexDir() {}

    public static Map<String, String> fresh(String name) {
        try {
            Files.createDirectories(Path.of("target", "test-index"));
            Path dir = Files.createTempDirectory(Path.of("target", "test-index"), name + "-");
            return Map.of("sourced.index.dir", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
