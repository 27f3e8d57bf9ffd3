package dev.sourced.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.index.EmbeddedChunk;
import dev.sourced.index.IndexSchema;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.LuceneIndex;
import dev.sourced.index.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneVocabularyTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final ArticleParser PARSER = new ArticleParser(SPLITTER);
    private static final Chunker CHUNKER = new Chunker(SPLITTER, 3, 700);

    @TempDir
    Path dir;

    @Test
    void aTermsIdfFollowsTheIndexFromOneCommitToTheNext() {
        try (LuceneIndex index = new LuceneIndex(dir, "m", 2)) {
            LuceneVocabulary vocabulary = new LuceneVocabulary(index);
            String quokka = vocabulary.terms("quokkas").getFirst();
            put(index, "a1", "Rangers counted quokkas on the island. The census ended in May.");
            index.commit();
            double first = vocabulary.idf(List.of(quokka)).get(quokka);
            assertEquals(expected(index, quokka), first, 1e-12);
            assertEquals(first, vocabulary.idf(List.of(quokka)).get(quokka), 1e-12, "asked again, same index");

            put(index, "a2", "Keepers lit the lighthouse lamp. Ships passed the cape at night.");
            put(index, "a3", "More quokkas were seen on the mainland. Nobody expected them there.");
            index.commit();
            double second = vocabulary.idf(List.of(quokka)).get(quokka);
            assertEquals(expected(index, quokka), second, 1e-12);
            assertTrue(second != first, "the commit changed the term's statistics: " + first + " vs " + second);
        }
    }

    @Test
    void aSearchCountsTheQuestionsTermsOnTheSnapshotItSearched() {
        try (LuceneIndex index = new LuceneIndex(dir, "m", 2)) {
            LuceneVocabulary vocabulary = new LuceneVocabulary(index);
            put(index, "a1", "Rangers counted quokkas on the island. The census ended in May.");
            put(index, "a2", "Keepers lit the lighthouse lamp. Ships passed the cape at night.");
            index.commit();
            IndexStatus ready = new IndexStatus();
            ready.markReady();
            LuceneHybridRetriever retriever = new LuceneHybridRetriever(
                    index, ready, vocabulary, new HybridFusion(RankFusion.Method.CONVEX, 60, 30, 100, 1, 1));
            String question = "How many quokkas did the rangers count on the island by May 1st?";
            String counted = "How many quokkas did the rangers count on the island by May 1?";

            Retriever.Retrieved retrieved = retriever.retrieveWithTerms(
                    new SearchRequest(question, new float[] {1, 0}, 5, Mode.HYBRID, Period.ANY, counted));

            assertEquals("a1", retrieved.hits().getFirst().articleId());
            List<String> terms = vocabulary.distinctTerms(question, counted);
            assertEquals(
                    Set.copyOf(terms),
                    retrieved.termIdf().keySet(),
                    "every analysed term of the question and of the counted text");
            assertEquals(vocabulary.idf(terms), retrieved.termIdf());
        }
    }

    private static double expected(LuceneIndex index, String term) {
        return index.withSearcher(searcher -> Vocabulary.idf(
                searcher.getIndexReader().getDocCount(IndexSchema.TEXT),
                searcher.getIndexReader().docFreq(new Term(IndexSchema.TEXT, term))));
    }

    private static void put(LuceneIndex index, String id, String text) {
        Article article = PARSER.parse(id, text, null, null);
        List<EmbeddedChunk> chunks = new ArrayList<>();
        for (Chunk chunk : CHUNKER.chunk(article)) {
            chunks.add(new EmbeddedChunk(
                    chunk,
                    new float[] {1, 0},
                    Collections.nCopies(chunk.sentences().size(), new float[] {1, 0})));
        }
        index.put(article, chunks, Origin.CORPUS);
    }
}
