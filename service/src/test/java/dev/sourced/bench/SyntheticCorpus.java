package dev.sourced.bench;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles made, with a fixed seed, from the bundled articles' sentences: recombined into new paragraphs, with
 * numbers and names varied so that texts (and so vectors) differ. Real text, so HNSW recall means something.
 */
final class SyntheticCorpus {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern NAME = Pattern.compile("\\b(Wang Yi|Hua Chunying|Zhang Jun|Lavrov|Kuleba|Moon Jae In|"
            + "Choi Young Sam|Wang Wenbin|Blinken|Xi Jinping|Putin|Park Soo Hyun)\\b");
    private static final List<String> NAMES = List.of(
            "Anna Berg",
            "Tomas Kral",
            "Mei Lin",
            "Omar Haddad",
            "Lena Vogel",
            "Ravi Menon",
            "Sara Costa",
            "Jonas Lind",
            "Aiko Sato",
            "Pedro Ruiz",
            "Ines Moreau",
            "Kofi Mensah",
            "Nadia Petrova",
            "Liam Walsh",
            "Yusuf Demir",
            "Eva Novak");

    private final List<String> sentences;
    private final ArticleParser parser;
    private final Chunker chunker;

    SyntheticCorpus(List<Article> bundled, ArticleParser parser, Chunker chunker) {
        this.parser = parser;
        this.chunker = chunker;
        this.sentences = new ArrayList<>();
        for (Article article : bundled) {
            for (Span s : chunker.sentences(article)) {
                sentences.add(s.of(article.text()).replaceAll("\\s+", " "));
            }
        }
    }

    /** Articles whose chunks add up to at least {@code chunks}, the same for the same arguments. */
    List<Article> ofChunks(int chunks, long seed) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        int total = 0;
        while (total < chunks) {
            Article article = parser.parse(String.format("syn-%07d", articles.size()), text(random), null, null);
            total += chunker.chunk(article).size();
            articles.add(article);
        }
        return articles;
    }

    private String text(Random random) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 4 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            int count = 1 + random.nextInt(4);
            for (int s = 0; s < count; s++) {
                text.append(vary(sentences.get(random.nextInt(sentences.size())), random))
                        .append(' ');
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    private static String vary(String sentence, Random random) {
        Matcher numbers = NUMBER.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (numbers.find()) {
            numbers.appendReplacement(out, Integer.toString(1 + random.nextInt(9_999)));
        }
        numbers.appendTail(out);
        Matcher names = NAME.matcher(out.toString());
        StringBuilder named = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(named, NAMES.get(random.nextInt(NAMES.size())));
        }
        names.appendTail(named);
        return named.toString();
    }
}
