package dev.sourced.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourced.answer.QuestionTerms;
import dev.sourced.embedding.EmbeddingModels;
import dev.sourced.eval.EvalQuestion;
import dev.sourced.eval.QuestionFile;
import dev.sourced.index.IndexSchema;
import dev.sourced.index.IndexStatus;
import dev.sourced.retrieval.HybridFusion;
import dev.sourced.retrieval.Mode;
import dev.sourced.retrieval.Period;
import dev.sourced.retrieval.RankFusion;
import dev.sourced.retrieval.Retriever;
import dev.sourced.retrieval.SearchRequest;
import dev.sourced.retrieval.Vocabulary;
import dev.sourced.testing.ServiceProcess;
import dev.sourced.testing.SolrTestCluster;
import dev.sourced.testing.TestSolrConfig;
import io.restassured.http.ContentType;
import io.restassured.mapper.ObjectMapperType;
import io.restassured.response.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same packaged service on the embedded index and on a 2-shard collection of a real 2-node SolrCloud: every
 * question of the evaluation file gets the same top-5 passages and the same answer and citations from both, and
 * articles written through the documents API on Solr are answerable at once and gone once deleted. A search on Solr
 * returns the idf of its question's terms over every passage, whatever period it is limited to.
 */
class SolrBackendIT {
    private static final String TOKEN = "solr-contract-token";
    private static final Path WORK = Path.of("target", "solr-backend-it");

    private static SolrTestCluster cluster;
    private static ServiceProcess lucene;
    private static ServiceProcess solr;

    @BeforeAll
    static void start() throws Exception {
        deleteRecursively(WORK);
        cluster = SolrTestCluster.start(WORK.resolve("solr"), 2);
        // Every question is searched and asked on both: more than one client's question rate allows.
        lucene = ServiceProcess.start(
                WORK.resolve("lucene-index"),
                log("lucene.log"),
                Map.of("SOURCED_LIMITS_ASK_PER_MINUTE", "100000", "SOURCED_LIMITS_ASK_BURST", "1000"));
        solr = ServiceProcess.start(
                WORK.resolve("unused-index"),
                log("solr.log"),
                Map.of(
                        "SOURCED_LIMITS_ASK_PER_MINUTE",
                        "100000",
                        "SOURCED_LIMITS_ASK_BURST",
                        "1000",
                        "SOURCED_INDEX_BACKEND",
                        "solr",
                        "SOURCED_SOLR_URLS",
                        cluster.urlList(),
                        "SOURCED_SOLR_COLLECTION",
                        "contract",
                        "SOURCED_SOLR_SHARDS",
                        "2",
                        "SOURCED_SOLR_REPLICAS",
                        "1",
                        "SOURCED_ADMIN_TOKEN",
                        TOKEN));
        lucene.awaitReady(Duration.ofMinutes(2));
        solr.awaitReady(Duration.ofMinutes(2));
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {solr, lucene, cluster}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void everyQuestionGetsTheSameTopFivePassagesFromBothBackends() throws Exception {
        List<String> differences = new ArrayList<>();
        for (EvalQuestion question : questions()) {
            List<String> embedded = passages(search(lucene, question.question(), 5));
            List<String> distributed = passages(search(solr, question.question(), 5));
            assertEquals(5, embedded.size(), question.id() + " has five passages");
            if (!embedded.equals(distributed)) {
                differences.add(question.id() + ": " + embedded + " vs " + distributed);
            }
        }
        assertEquals(List.of(), differences, "top-5 passages (source, offsets) in the same order on both backends");
    }

    @Test
    void everyQuestionGetsTheSameAnswerAndCitationsFromBothBackends() throws Exception {
        for (EvalQuestion question : questions()) {
            Map<String, String> body = Map.of("question", question.question());
            JsonNode embedded = ask(lucene, body);
            JsonNode distributed = ask(solr, body);
            assertEquals(embedded.get("answer"), distributed.get("answer"), question.id() + " answer");
            assertEquals(embedded.get("answered"), distributed.get("answered"), question.id() + " answered");
            assertEquals(embedded.get("citations"), distributed.get("citations"), question.id() + " citations");
        }
    }

    @Test
    void anArticlePostedOnSolrIsAnswerableAtOnceAndGoneOnceDeleted() throws Exception {
        String text = "Harbour officials in Quillport said on Monday that the new grain terminal, built by the "
                + "Vostrand company, will open in March. The terminal can load 4,000 tonnes of wheat an hour.";
        Response created = solr.request()
                .header("Authorization", "Bearer " + TOKEN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "id",
                        "quillport-grain",
                        "title",
                        "Quillport grain terminal",
                        "text",
                        text,
                        "date",
                        "2024-03-04"))
                .post("/api/documents");
        assertEquals(201, created.statusCode(), created.asString());

        JsonNode found = search(solr, "Vostrand grain terminal Quillport", 3);
        assertEquals(
                "quillport-grain", found.get("results").get(0).get("source").asText(), found.toString());
        JsonNode answer = ask(solr, Map.of("question", "How much wheat can the Quillport terminal load an hour?"));
        assertTrue(answer.get("answered").asBoolean(), answer.toString());
        assertEquals(
                "quillport-grain", answer.get("citations").get(0).get("source").asText(), answer.toString());
        assertTrue(answer.get("answer").asText().contains("4,000 tonnes"), answer.toString());
        JsonNode before = ask(
                solr,
                Map.of("question", "How much wheat can the Quillport terminal load an hour?", "asOf", "2024-03-01"));
        for (JsonNode citation : before.get("citations")) {
            assertFalse(
                    citation.get("source").asText().equals("quillport-grain"),
                    "an article published after the date asked is not used: " + before);
        }
        assertEquals(200, solr.request().get("/api/documents/quillport-grain").statusCode());

        assertEquals(
                204,
                solr.request()
                        .header("Authorization", "Bearer " + TOKEN)
                        .delete("/api/documents/quillport-grain")
                        .statusCode());
        JsonNode after = search(solr, "Vostrand grain terminal Quillport", 5);
        for (JsonNode result : after.get("results")) {
            assertFalse(result.get("source").asText().equals("quillport-grain"), after.toString());
        }
        assertEquals(404, solr.request().get("/api/documents/quillport-grain").statusCode());
    }

    @Test
    void aSearchReturnsTheIdfOfItsTermsOverEveryPassageWhateverItsPeriod() throws Exception {
        // The one dated article of the corpus reports the call; no article mentions quokkas. The answer reads "1st"
        // as "1", so the search counts that term too.
        String question = "What did Wang Yi tell Dmytro Kuleba on March 1st about civilian casualties, and quokkas?";
        String counted = QuestionTerms.weighedText(question);
        float[] vector = new float[EmbeddingModels.DIMENSION];
        vector[0] = 1;
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
                SolrArticleStore store = new SolrArticleStore(
                        new SolrCluster(new TestSolrConfig(cluster.urls(), "contract", 2)),
                        EmbeddingModels.DEFAULT,
                        EmbeddingModels.DIMENSION)) {
            SolrVocabulary vocabulary = new SolrVocabulary(store);
            IndexStatus ready = new IndexStatus();
            ready.markReady();
            SolrHybridRetriever retriever = new SolrHybridRetriever(
                    store, ready, vocabulary, new HybridFusion(RankFusion.Method.CONVEX, 60, 30, 300, 1, 1), requests);
            List<String> terms = vocabulary.distinctTerms(question, counted);
            Map<String, Double> expected = idfCountedOneByOne(store, terms);

            assertEquals(expected, vocabulary.idf(terms), "the vocabulary's own request");
            // Before 1900 leaves only the undated passages: counts inside the search's filter would be lower.
            Period undatedOnly = new Period(null, LocalDate.of(1900, 1, 1));
            Map<Period, List<String>> passages = new HashMap<>();
            for (Period period : List.of(Period.ANY, undatedOnly)) {
                for (Mode mode : Mode.values()) {
                    Retriever.Retrieved retrieved =
                            retriever.retrieveWithTerms(new SearchRequest(question, vector, 5, mode, period, counted));
                    assertEquals(expected, retrieved.termIdf(), mode + " search in " + period);
                    if (mode == Mode.BM25) {
                        passages.put(
                                period,
                                retrieved.hits().stream()
                                        .map(hit -> hit.chunk().id())
                                        .toList());
                    }
                }
            }
            assertFalse(
                    passages.get(Period.ANY).equals(passages.get(undatedOnly)),
                    "the period left passages out: " + passages);
        }
    }

    /** BM25's idf of each term as the embedded index computes it, from counts of chunk documents asked one by one. */
    private static Map<String, Double> idfCountedOneByOne(SolrArticleStore store, List<String> terms) {
        String chunks = IndexSchema.TYPE + ":" + IndexSchema.TYPE_CHUNK;
        long n = store.query("count passages", new SolrQuery(chunks).setRows(0))
                .getResults()
                .getNumFound();
        Map<String, Double> idf = new HashMap<>();
        for (String term : terms) {
            SolrQuery holding = new SolrQuery("{!term f=" + IndexSchema.TEXT + " v=$term}")
                    .addFilterQuery(chunks)
                    .setRows(0);
            holding.set("term", term);
            idf.put(
                    term,
                    Vocabulary.idf(
                            n,
                            store.query("count passages", holding).getResults().getNumFound()));
        }
        assertTrue(idf.containsValue(Vocabulary.idf(n, 0)), "a term no passage holds: " + idf);
        assertTrue(idf.values().stream().anyMatch(v -> v < Vocabulary.idf(n, 0)), "terms passages hold: " + idf);
        return idf;
    }

    private static JsonNode search(ServiceProcess service, String query, int k) {
        return json(service.request().queryParam("k", k).queryParam("q", query).get("/api/search"));
    }

    private static JsonNode ask(ServiceProcess service, Map<String, String> body) {
        return json(service.request().contentType(ContentType.JSON).body(body).post("/api/ask"));
    }

    private static JsonNode json(Response response) {
        return response.as(JsonNode.class, ObjectMapperType.JACKSON_2);
    }

    private static List<String> passages(JsonNode search) {
        List<String> passages = new ArrayList<>();
        for (JsonNode result : search.get("results")) {
            passages.add(result.get("source").asText() + "@"
                    + result.get("start").asInt() + "-" + result.get("end").asInt());
        }
        return passages;
    }

    private static List<EvalQuestion> questions() throws Exception {
        try (InputStream in = SolrBackendIT.class.getClassLoader().getResourceAsStream("eval/questions.jsonl")) {
            QuestionFile.Parsed parsed = QuestionFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(List.of(), parsed.problems());
            return parsed.questions();
        }
    }

    private static Path log(String name) throws Exception {
        Files.createDirectories(WORK);
        return WORK.resolve(name);
    }

    static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
