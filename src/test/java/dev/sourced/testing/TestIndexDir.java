package dev.sourced.testing;

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
        return Map.of("sourced.index.dir", Path.of("target", "test-index", profile).toString());
    }
}
