package dev.sourced.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.jar.JarEntry;

/**
 * Gives a classpath resource a file of its own, so that ONNX Runtime and the tokenizer read a model straight from disk.
 * Loading a model out of its jar inflates it through the Java heap on every start, the largest single cost of a
 * restart; a copy made once costs a file read afterwards.
 */
final class ModelFiles {
    private ModelFiles() {}

    /**
     * The resource as a file: the resource itself when the classpath holds it as a file, else a copy in
     * {@code cacheDir} named by the jar entry's CRC (read from the jar's directory, without inflating the entry), so
     * that another version of the model gets another file. The copy is written under a temporary name and moved into
     * place, so a crash mid-copy or another process copying at the same moment never leaves a partial file.
     */
    static Path materialize(String resource, Path cacheDir) throws IOException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
        if (url == null) {
            throw new IOException("no resource " + resource + " on the classpath");
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("unreadable resource location " + url, e);
            }
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            throw new IOException("resource " + resource + " is neither a file nor a jar entry: " + url);
        }
        JarEntry entry = jar.getJarEntry();
        if (entry.getCrc() < 0 || entry.getSize() < 0) {
            throw new IOException("jar entry " + resource + " does not record its size and CRC");
        }
        Path target = cacheDir.resolve(HexFormat.of().toHexDigits((int) entry.getCrc()) + "-" + resource);
        if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
            return target;
        }
        Files.createDirectories(cacheDir);
        Path partial = Files.createTempFile(cacheDir, resource, ".partial");
        try {
            try (InputStream in = jar.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }
}
