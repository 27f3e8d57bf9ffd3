package dev.sourced.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code eval … --corpus DIR [--index DIR]}: evaluates on another folder of articles than the configured one. The
 * corpus and index folders are configuration read at start-up, so they are set before the application starts; with
 * no {@code --index} the corpus is indexed into a fresh temporary folder, removed when the command ends.
 *
 * @param temporaryIndex the folder to remove at exit, or {@code null}
 */
record EvalCorpus(Path temporaryIndex) {
    static final String CORPUS = "--corpus";
    static final String INDEX = "--index";

    /** Reads the two options of an {@code eval} command line and sets the configuration they stand for. */
    static EvalCorpus configure(String... args) {
        if (args.length == 0 || !"eval".equals(args[0])) {
            return new EvalCorpus(null);
        }
        String corpus = valueOf(args, CORPUS);
        String index = valueOf(args, INDEX);
        if (corpus == null) {
            if (index != null) {
                System.setProperty("sourced.index.dir", index);
            }
            return new EvalCorpus(null);
        }
        System.setProperty("sourced.corpus.dir", corpus);
        if (index != null) {
            System.setProperty("sourced.index.dir", index);
            return new EvalCorpus(null);
        }
        try {
            Path temporary = Files.createTempDirectory("sourced-eval-index");
            System.setProperty("sourced.index.dir", temporary.toString());
            return new EvalCorpus(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary index folder", e);
        }
    }

    /** Removes the temporary index, if there is one; the application has closed it by then. */
    void cleanUp() {
        if (temporaryIndex == null || !Files.exists(temporaryIndex)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(temporaryIndex)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not remove the temporary index " + temporaryIndex + ": " + e.getMessage());
        }
    }

    private static String valueOf(String[] args, String option) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (option.equals(args[i])) {
                return args[i + 1];
            }
        }
        return null;
    }
}
