package dev.sourced.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** docs/performance.md, whose generated tables sit between named markers that each benchmark run rewrites. */
final class PerformanceDoc {
    /** Relative to the service module, where the build runs its tests. */
    private static final Path DOC = Path.of("..", "docs", "performance.md");

    private PerformanceDoc() {}

    /** Replaces what stands between {@code <!-- NAME: start -->} and {@code <!-- NAME: end -->} with {@code tables}. */
    static void rewrite(String name, CharSequence tables) throws IOException {
        String start = "<!-- " + name + ": start -->";
        String end = "<!-- " + name + ": end -->";
        String text = Files.readString(DOC);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertTrue(from >= 0 && to > from, DOC + " has the markers " + start + " and " + end);
        Files.writeString(DOC, text.substring(0, from + start.length()) + "\n" + tables + text.substring(to));
    }
}
