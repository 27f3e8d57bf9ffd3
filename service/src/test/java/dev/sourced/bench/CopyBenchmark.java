package dev.sourced.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.sourced.corpus.Article;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.duplicates.DuplicateGroups;
import dev.sourced.duplicates.Groups;
import dev.sourced.duplicates.PlantedCopies;
import dev.sourced.duplicates.Representatives;
import dev.sourced.embedding.Embedder;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.LuceneIndex;
import dev.sourced.index.Origin;
import dev.sourced.ingest.ArticleIndexer;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.LuceneHybridRetriever;
import dev.sourced.retrieval.LuceneVocabulary;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Period;
import dev.sourced.retrieval.Search;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copy detection on a corpus with planted copies (issue 18 §4): how well the groups found match the planted ones, what
 * detection costs beside indexing in the same process, and whether the top 5 of a search ever holds two copies of one
 * story, with the collapse and, as the baseline, without it.
 */
final class CopyBenchmark {
    static final long SEED = 42;
    static final int K = 5;

    private final EmbeddingModel model;
    private final Path work;

    CopyBenchmark(EmbeddingModel model, Path work) {
        this.model = model;
        this.work = work;
    }

    /** @param share the fraction of {@code originals} that get copies */
    Report run(List<Article> originals, double share) throws IOException {
        PlantedCopies planted = PlantedCopies.plant(originals, share, SEED);
        List<Article> articles = planted.articles();

        // Detection alone, as ingestion runs it for every article: fingerprint, candidate search, groups rebuilt.
        DuplicateGroups alone = groups();
        long t0 = System.nanoTime();
        for (Article article : articles) {
            alone.written(article, alone.fingerprint(article), null);
        }
        Groups found = alone.current();
        long detectionNanos = System.nanoTime() - t0;
        Quality quality = quality(found, planted.groups(), originals);

        // Indexing for real (chunking, embedding, writing, committing), copy detection included, in the same process.
        Path dir = Files.createTempDirectory(work, "copies-");
        DuplicateGroups groups = groups();
        SentenceSplitter splitter = new SentenceSplitter();
        try (LuceneIndex index = new LuceneIndex(dir, "bench", 384)) {
            ArticleIndexer indexer =
                    new ArticleIndexer(index, new Chunker(splitter, 3, 700), new Embedder(model, "bench"), groups);
            long t1 = System.nanoTime();
            int chunks = 0;
            int stored = 0;
            for (Article article : articles) {
                ArticleIndexer.Written written = indexer.put(article, Origin.CORPUS);
                chunks += written.chunks();
                stored += written.copyOf() == null ? 0 : 1;
            }
            index.commit();
            long indexingNanos = System.nanoTime() - t1;

            IndexStatus status = new IndexStatus();
            status.markReady();
            LuceneHybridRetriever retriever =
                    new LuceneHybridRetriever(index, status, new LuceneVocabulary(index), BenchmarkSuite.fusion());
            Embedder embedder = new Embedder(model, "bench");
            Search collapsed = new Search(retriever, embedder, groups);
            Search baseline = new Search(retriever, embedder, groups());
            Map<String, String> plantedGroupOf = new HashMap<>();
            planted.groups().forEach((original, members) -> members.forEach(m -> plantedGroupOf.put(m, original)));
            int questions = 0;
            int baselineLists = 0;
            int collapsedLists = 0;
            for (String original : planted.groups().keySet()) {
                String question = question(articles.stream()
                        .filter(a -> a.id().equals(original))
                        .findFirst()
                        .orElseThrow());
                questions++;
                baselineLists += twoOfAGroup(
                                baseline.search(question, K, Mode.HYBRID, Period.ANY)
                                        .hits(),
                                plantedGroupOf)
                        ? 1
                        : 0;
                collapsedLists += twoOfAGroup(
                                collapsed
                                        .search(question, K, Mode.HYBRID, Period.ANY)
                                        .hits(),
                                plantedGroupOf)
                        ? 1
                        : 0;
            }
            return new Report(
                    originals.size(),
                    articles.size(),
                    planted.groups().size(),
                    quality,
                    detectionNanos,
                    indexingNanos,
                    chunks,
                    stored,
                    questions,
                    baselineLists,
                    collapsedLists);
        }
    }

    private static DuplicateGroups groups() {
        return new DuplicateGroups(0.5, new Representatives(List.of()));
    }

    /** The story's title when it has one, else its first words: what a reader looking for it would ask. */
    private static String question(Article article) {
        String body = article.text().substring(article.bodyStart()).strip();
        String words =
                String.join(" ", List.of(body.split("\\s+")).subList(0, Math.min(20, body.split("\\s+").length)));
        return article.title().equals(article.id()) || article.title().isBlank() ? words : article.title();
    }

    /** True when two different articles of one planted group are in the list. */
    private static boolean twoOfAGroup(List<Hit> hits, Map<String, String> plantedGroupOf) {
        Map<String, String> seen = new HashMap<>();
        for (Hit hit : hits) {
            String group = plantedGroupOf.get(hit.articleId());
            if (group != null) {
                String before = seen.putIfAbsent(group, hit.articleId());
                if (before != null && !before.equals(hit.articleId())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Pairwise precision and recall of the groups found against the planted ones. */
    static Quality quality(Groups found, Map<String, List<String>> planted, List<Article> originals) {
        Set<String> plantedPairs = new HashSet<>();
        planted.values().forEach(members -> plantedPairs.addAll(pairs(members)));
        Set<String> foundPairs = new HashSet<>();
        found.all().forEach(g -> foundPairs.addAll(pairs(g.members())));
        Set<String> originalIds = new HashSet<>();
        originals.forEach(a -> originalIds.add(a.id()));
        int right = 0;
        int amongOriginals = 0;
        for (String pair : foundPairs) {
            if (plantedPairs.contains(pair)) {
                right++;
            } else {
                String[] ids = pair.split("\u0000");
                if (originalIds.contains(ids[0]) && originalIds.contains(ids[1])) {
                    amongOriginals++;
                }
            }
        }
        List<List<String>> natural = found.all().stream()
                .map(Groups.Group::members)
                .filter(members -> members.stream().allMatch(originalIds::contains))
                .toList();
        return new Quality(plantedPairs.size(), foundPairs.size(), right, amongOriginals, natural);
    }

    private static Set<String> pairs(List<String> members) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                String a = members.get(i);
                String b = members.get(j);
                pairs.add(a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a);
            }
        }
        return pairs;
    }

    /**
     * Pairs of articles in one group: planted, found, found and planted, and found between two original articles
     * (copies the corpus itself holds, or detection's mistakes; {@code naturalGroups} groups of originals only).
     */
    record Quality(int planted, int found, int right, int amongOriginals, List<List<String>> natural) {
        int naturalGroups() {
            return natural.size();
        }

        double precision() {
            return found == 0 ? 1 : (double) right / found;
        }

        /** Precision over pairs that involve a planted copy: what the planted truth can judge. */
        double precisionOnPlanted() {
            return found - amongOriginals == 0 ? 1 : (double) right / (found - amongOriginals);
        }

        double recall() {
            return planted == 0 ? 1 : (double) right / planted;
        }
    }

    record Report(
            int originals,
            int articles,
            int plantedGroups,
            Quality quality,
            long detectionNanos,
            long indexingNanos,
            int chunks,
            int storedCopies,
            int questions,
            int baselineListsWithTwo,
            int collapsedListsWithTwo) {
        double indexedArticlesPerSecond() {
            return articles / (indexingNanos / 1e9);
        }

        double detectionMsPerArticle() {
            return detectionNanos / 1e6 / articles;
        }

        /** Detection's time as a share of indexing's, both over all articles. */
        double detectionShare() {
            return (double) detectionNanos / indexingNanos;
        }

        String markdown(String corpus) {
            return String.format(
                    Locale.ROOT,
                    """
                    | corpus | originals | with planted copies | planted groups | pairs planted | pairs found | precision | precision on pairs with a planted copy | recall | groups among originals |
                    |---|---|---|---|---|---|---|---|---|---|
                    | %s | %,d | %,d | %,d | %,d | %,d | %.3f | %.3f | %.3f | %d |

                    | indexing (chunk, embed, write, commit; detection included) | articles/s | chunks | exact copies stored without embedding | detection alone ms/article | detection share of indexing time |
                    |---|---|---|---|---|---|
                    | %,d articles in %.1f s | %.1f | %,d | %d | %.3f | %.2f%% |

                    | searches (k = %d), one per planted group, by its title | lists with two copies of one story |
                    |---|---|
                    | without the collapse (baseline) | %d of %d |
                    | with the collapse | %d of %d |

                    Groups among the original articles: %s
                    """,
                    corpus,
                    originals,
                    articles,
                    plantedGroups,
                    quality.planted(),
                    quality.found(),
                    quality.precision(),
                    quality.precisionOnPlanted(),
                    quality.recall(),
                    quality.naturalGroups(),
                    articles,
                    indexingNanos / 1e9,
                    indexedArticlesPerSecond(),
                    chunks,
                    storedCopies,
                    detectionMsPerArticle(),
                    100 * detectionShare(),
                    K,
                    baselineListsWithTwo,
                    questions,
                    collapsedListsWithTwo,
                    questions,
                    quality.natural().isEmpty() ? "none" : quality.natural().toString());
        }
    }
}
