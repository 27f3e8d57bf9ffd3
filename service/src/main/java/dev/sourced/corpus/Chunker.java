package dev.sourced.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts an article into passages of a few whole sentences that never cross a paragraph boundary, with one sentence of
 * overlap between neighbours so that an answer split across a window edge is still found whole in one of them.
 * Boilerplate and sentences that repeat earlier ones verbatim (syndicated copy often repeats a paragraph) are left
 * out, so they are indexed once. Thread-safe and stateless apart from its settings.
 */
public final class Chunker {
    private final SentenceSplitter splitter;
    private final int maxSentences;
    private final int maxChars;

    public Chunker(SentenceSplitter splitter, int maxSentences, int maxChars) {
        if (maxSentences < 2) {
            throw new IllegalArgumentException("maxSentences must be at least 2 for a one-sentence overlap");
        }
        this.splitter = splitter;
        this.maxSentences = maxSentences;
        this.maxChars = maxChars;
    }

    public List<Chunk> chunk(Article article) {
        String text = article.text();
        List<Chunk> chunks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Span paragraph : Boilerplate.contentParagraphs(text, Paragraphs.of(text, article.bodyStart()))) {
            List<Span> run = new ArrayList<>();
            for (Span sentence : splitter.split(text, paragraph.start(), paragraph.end())) {
                String s = sentence.of(text);
                boolean keep = !Boilerplate.isFragment(s) && seen.add(normalize(s));
                if (keep) {
                    run.add(sentence);
                } else {
                    emitWindows(article, run, chunks);
                    run = new ArrayList<>();
                }
            }
            emitWindows(article, run, chunks);
        }
        return chunks;
    }

    /** The sentences worth indexing, in order: the union of every chunk's sentences. */
    public List<Span> sentences(Article article) {
        return chunk(article).stream()
                .flatMap(c -> c.sentences().stream())
                .distinct()
                .toList();
    }

    private void emitWindows(Article article, List<Span> run, List<Chunk> chunks) {
        int first = 0;
        while (first < run.size()) {
            int last = first;
            while (last + 1 < run.size()
                    && last + 1 - first < maxSentences
                    && run.get(last + 1).end() - run.get(first).start() <= maxChars) {
                last++;
            }
            chunks.add(chunkOf(article, run.subList(first, last + 1), chunks.size()));
            if (last == run.size() - 1) {
                break;
            }
            first = last > first ? last : last + 1;
        }
    }

    private static Chunk chunkOf(Article article, List<Span> sentences, int ordinal) {
        int start = sentences.getFirst().start();
        int end = sentences.getLast().end();
        return new Chunk(
                Chunk.idOf(article.id(), ordinal),
                article.id(),
                start,
                end,
                article.text().substring(start, end),
                sentences);
    }

    private static String normalize(String sentence) {
        return sentence.replaceAll("\\s+", " ").strip();
    }
}
