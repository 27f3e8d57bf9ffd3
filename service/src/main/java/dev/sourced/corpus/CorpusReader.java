package dev.sourced.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the articles of a corpus: every {@code .txt} and {@code .md} file of a folder (not recursive), or the
 * bundled default corpus from the classpath. The file name without its extension is the article id.
 */
public final class CorpusReader {
    /** Lists the bundled articles, since a folder inside a jar cannot be listed portably. */
    static final String BUNDLED_MANIFEST = "corpus/articles.list";

    public static final int MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

    private final ArticleParser parser;

    public CorpusReader(ArticleParser parser) {
        this.parser = parser;
    }

    public List<Article> readFolder(Path folder) {
        List<Article> articles = new ArrayList<>();
        for (Path file : articleFiles(folder)) {
            articles.add(read(file));
        }
        return articles;
    }

    /** The {@code .txt} and {@code .md} files of a folder, in name order. */
    public List<Path> articleFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidArticleException("corpus folder does not exist: " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(CorpusReader::isArticleFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus folder " + folder, e);
        }
    }

    /** One article file; its name without the extension is the id. */
    public Article read(Path file) {
        String id = idOf(file.getFileName().toString());
        try {
            requireSize(id, Files.size(file));
            return parse(id, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public List<Article> readBundled() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Article> articles = new ArrayList<>();
        for (String name : resourceText(loader, BUNDLED_MANIFEST)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList()) {
            articles.add(
                    parse(idOf(name), resourceText(loader, "corpus/" + name).getBytes(StandardCharsets.UTF_8)));
        }
        return articles;
    }

    /** Parses one article's raw bytes, rejecting what cannot be article text: too large, binary or not UTF-8. */
    public Article parse(String id, byte[] bytes) {
        return parser.parse(id, decode(id, bytes), null, null);
    }

    public static String decode(String id, byte[] bytes) {
        requireSize(id, bytes.length);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("article '" + id + "' is not valid UTF-8 text");
        }
        requireText(id, text);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static void requireSize(String id, long bytes) {
        if (bytes > MAX_ARTICLE_BYTES) {
            throw new ArticleTooLargeException("article '" + id + "' is over 2 MiB");
        }
    }

    /** Rejects binary content: NUL bytes or a large share of control characters. */
    public static void requireText(String id, String text) {
        long control = text.chars()
                .filter(c -> c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f'))
                .count();
        if (text.indexOf('\0') >= 0 || control > Math.max(8, text.length() / 100)) {
            throw new InvalidArticleException("article '" + id + "' looks binary, not text");
        }
        if (text.isBlank()) {
            throw new InvalidArticleException("article '" + id + "' has no text");
        }
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".txt") || name.endsWith(".md"));
    }

    static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String resourceText(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
