package dev.sourced.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Callable;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {
    private static final byte[] WEIGHTS = "model weights".repeat(1000).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aJarEntryIsCopiedOnceAndThenReused() throws Exception {
        Path jar = jar("models-1.jar", "m.onnx", WEIGHTS);

        Path first = materialize(jar);
        assertArrayEquals(WEIGHTS, Files.readAllBytes(first));
        assertTrue(first.startsWith(cache()));

        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(first, written);
        Path second = materialize(jar);
        assertEquals(first, second);
        assertEquals(written, Files.getLastModifiedTime(second), "the copy was reused, not written again");
        try (Stream<Path> files = Files.list(cache())) {
            assertEquals(1, files.count(), "no partial file is left behind");
        }
    }

    @Test
    void aTruncatedCopyIsReplaced() throws Exception {
        Path jar = jar("models-1.jar", "m.onnx", WEIGHTS);
        Files.write(materialize(jar), new byte[] {1, 2, 3});

        assertArrayEquals(WEIGHTS, Files.readAllBytes(materialize(jar)));
    }

    @Test
    void anotherVersionOfTheModelGetsAnotherFile() throws Exception {
        Path old = materialize(jar("models-1.jar", "m.onnx", "version one".getBytes(StandardCharsets.UTF_8)));
        Path updated = materialize(jar("models-2.jar", "m.onnx", "version two".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(old, updated);
        assertEquals("version two", Files.readString(updated));
    }

    @Test
    void aResourceThatIsAFileIsUsedWhereItIs() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path model = Files.writeString(classes.resolve("m.onnx"), "weights");
        assertEquals(model.toRealPath(), materialize(classes).toRealPath());
        assertTrue(Files.notExists(cache()), "nothing was copied");
    }

    @Test
    void aMissingResourceIsAnError() throws Exception {
        Path jar = jar("models-1.jar", "m.onnx", new byte[] {1});
        IOException e = assertThrows(
                IOException.class, () -> withClasspath(jar, () -> ModelFiles.materialize("other.onnx", cache())));
        assertTrue(e.getMessage().contains("other.onnx"), e.getMessage());
    }

    private Path cache() {
        return dir.resolve("cache");
    }

    /** m.onnx as a file, with {@code classpathEntry} (a jar or a folder) as the only classpath. */
    private Path materialize(Path classpathEntry) throws Exception {
        return withClasspath(classpathEntry, () -> ModelFiles.materialize("m.onnx", cache()));
    }

    private Path jar(String name, String entry, byte[] content) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        return jar;
    }

    private static <T> T withClasspath(Path entry, Callable<T> action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {entry.toUri().toURL()}, null)) {
            thread.setContextClassLoader(loader);
            return action.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
