package dev.sourced.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCorpusTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetTheConfiguration() {
        System.clearProperty("sourced.corpus.dir");
        System.clearProperty("sourced.index.dir");
    }

    @Test
    void anotherCorpusIsIndexedIntoAFreshFolderThatIsRemovedAfterwards() throws Exception {
        EvalCorpus corpus = EvalCorpus.configure("eval", "q.jsonl", "--corpus", dir.toString(), "--json", "x.json");
        assertEquals(dir.toString(), System.getProperty("sourced.corpus.dir"));
        Path index = Path.of(System.getProperty("sourced.index.dir"));
        assertEquals(index, corpus.temporaryIndex());
        Files.writeString(index.resolve("segments_1"), "x");
        corpus.cleanUp();
        assertFalse(Files.exists(index));
    }

    @Test
    void aGivenIndexFolderIsUsedAndKept() {
        Path index = dir.resolve("index");
        EvalCorpus corpus = EvalCorpus.configure("eval", "--corpus", dir.toString(), "--index", index.toString());
        assertEquals(index.toString(), System.getProperty("sourced.index.dir"));
        assertNull(corpus.temporaryIndex());
    }

    @Test
    void otherCommandsAreLeftAlone() {
        assertNull(EvalCorpus.configure("ask", "--corpus", dir.toString()).temporaryIndex());
        assertNull(System.getProperty("sourced.corpus.dir"));
        assertTrue(EvalCorpus.configure().temporaryIndex() == null);
    }
}
