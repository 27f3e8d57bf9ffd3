package dev.sourced.duplicates;

import dev.sourced.corpus.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus with planted copies, for tests and the benchmark: a share of the articles is republished under other
 * outlets, a day or two later, each copy lightly edited the way syndicated stories are (a byline or credit line, a
 * changed word, a corrected figure, an added or dropped sentence). The groups planted are known, so detection can be
 * scored against them. Deterministic for a seed.
 */
public final class PlantedCopies {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern WORD = Pattern.compile("\\b[a-z]{5,}\\b");
    private static final List<String> OUTLETS = List.of("wire", "metro", "globe", "herald");
    private static final List<String> BYLINES = List.of(
            "By a staff reporter, with wire services\n\n",
            "(Reuters) - ",
            "Copyright Example News Agency. Republished with permission.\n\n",
            "WASHINGTON (AP) — ");
    private static final List<String> INSERTED = List.of(
            " Officials did not immediately respond to a request for comment.",
            " The agency said further details would be released later in the week.",
            " This story has been updated with additional reporting.");

    private final List<Article> articles;
    private final Map<String, List<String>> groups;

    private PlantedCopies(List<Article> articles, Map<String, List<String>> groups) {
        this.articles = List.copyOf(articles);
        this.groups = Map.copyOf(groups);
    }

    /**
     * @param share the fraction of originals that get copies (one to three each)
     * @return the originals and their copies, copies right after their originals
     */
    public static PlantedCopies plant(List<Article> originals, double share, long seed) {
        Random random = new Random(seed);
        List<Article> all = new ArrayList<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Article original : originals) {
            all.add(original);
            if (random.nextDouble() >= share) {
                continue;
            }
            List<String> members = new ArrayList<>(List.of(original.id()));
            int copies = 1 + random.nextInt(3);
            for (int c = 0; c < copies; c++) {
                Article copy = copy(original, OUTLETS.get(c) + "-copy-" + c + "-" + original.id(), random, c + 1);
                all.add(copy);
                members.add(copy.id());
            }
            groups.put(original.id(), members);
        }
        return new PlantedCopies(all, groups);
    }

    public List<Article> articles() {
        return articles;
    }

    /** Planted groups by original id: the original first, then its copies. */
    public Map<String, List<String>> groups() {
        return groups;
    }

    /** A lightly edited copy of {@code original} under another id, {@code days} later. */
    public static Article copy(Article original, String id, Random random, int days) {
        String body = original.text().substring(original.bodyStart());
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            body = switch (random.nextInt(5)) {
                case 0 -> BYLINES.get(random.nextInt(BYLINES.size())) + body;
                case 1 -> changeWord(body, random);
                case 2 -> correctFigure(body, random);
                case 3 -> insertSentence(body, random);
                default -> dropSentence(body, random);
            };
        }
        return new Article(
                id,
                original.title(),
                original.date() == null ? null : original.date().plusDays(days),
                body,
                0);
    }

    static String changeWord(String body, Random random) {
        List<int[]> words = spans(WORD.matcher(body));
        if (words.isEmpty()) {
            return body;
        }
        int[] w = words.get(random.nextInt(words.size()));
        return body.substring(0, w[0]) + "reportedly" + body.substring(w[1]);
    }

    static String correctFigure(String body, Random random) {
        List<int[]> numbers = spans(NUMBER.matcher(body));
        if (numbers.isEmpty()) {
            return changeWord(body, random);
        }
        int[] n = numbers.get(random.nextInt(numbers.size()));
        long value = Long.parseLong(body.substring(n[0], Math.min(n[1], n[0] + 15)));
        return body.substring(0, n[0]) + (value + 1 + random.nextInt(9)) + body.substring(n[1]);
    }

    static String insertSentence(String body, Random random) {
        List<Integer> ends = sentenceEnds(body);
        int at = ends.isEmpty() ? body.length() : ends.get(random.nextInt(ends.size()));
        return body.substring(0, at) + INSERTED.get(random.nextInt(INSERTED.size())) + body.substring(at);
    }

    static String dropSentence(String body, Random random) {
        List<Integer> ends = sentenceEnds(body);
        if (ends.size() < 4) {
            return body;
        }
        int i = 1 + random.nextInt(ends.size() - 2);
        return body.substring(0, ends.get(i - 1)) + body.substring(ends.get(i));
    }

    private static List<Integer> sentenceEnds(String body) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i + 1 < body.length(); i++) {
            if (body.charAt(i) == '.' && body.charAt(i + 1) == ' ') {
                ends.add(i + 1);
            }
        }
        return ends;
    }

    private static List<int[]> spans(Matcher m) {
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }
}
