package dev.sourced.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sourced.eval.EvalQuestion;
import dev.sourced.eval.QuestionFile;
import dev.sourced.testing.Http;
import dev.sourced.testing.ServiceProcess;
import dev.sourced.testing.SolrTestCluster;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same packaged service on the embedded index and on a 2-shard collection of a real 2-node SolrCloud: every
 * question of the evaluation file gets the same top-5 passages and the same answer and citations from both, and
 * articles written through the documents API on Solr are answerable at once and gone once deleted.
 */
class SolrBackendIT {
    private static final String TOKEN = "solr-contract-token";
    private static final Path WORK = Path.of("target", "solr-backend-it");
    private static final Http HTTP = new Http();

    private static SolrTestCluster cluster;
    private static ServiceProcess lucene;
    private static ServiceProcess solr;

    @BeforeAll
    static void start() throws Exception {
        deleteRecursively(WORK);
        cluster = SolrTestCluster.start(WORK.resolve("solr"), 2);
        // Every question is searched and asked on both: more than one client's question rate allows.
        lucene = ServiceProcess.start(WORK.resolve("lucene-index"), log("lucene.log"), Map.of(
                "SOURCED_LIMITS_ASK_PER_MINUTE", "100000", "SOURCED_LIMITS_ASK_BURST", "1000"));
        solr = ServiceProcess.start(WORK.resolve("unused-index"), log("solr.log"), Map.of(
                "SOURCED_LIMITS_ASK_PER_MINUTE", "100000", "SOURCED_LIMITS_ASK_BURST", "1000",
                "SOURCED_INDEX_BACKEND", "solr",
                "SOURCED_SOLR_URLS", cluster.urlList(),
                "SOURCED_SOLR_COLLECTION", "contract",
                "SOURCED_SOLR_SHARDS", "2",
                "SOURCED_SOLR_REPLICAS", "1",
                "SOURCED_ADMIN_TOKEN", TOKEN));
        lucene.awaitReady(HTTP.client(), Duration.ofMinutes(2));
        solr.awaitReady(HTTP.client(), Duration.ofMinutes(2));
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
            String path = "/api/search?k=5&q=" + Http.query(question.question());
            List<String> embedded = passages(HTTP.get(lucene, path).json());
            List<String> distributed = passages(HTTP.get(solr, path).json());
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
            String body = Http.json(Map.of("question", question.question()));
            JsonNode embedded = HTTP.post(lucene, "/api/ask", body, null).json();
            JsonNode distributed = HTTP.post(solr, "/api/ask", body, null).json();
            assertEquals(embedded.get("answer"), distributed.get("answer"), question.id() + " answer");
            assertEquals(embedded.get("answered"), distributed.get("answered"), question.id() + " answered");
            assertEquals(embedded.get("citations"), distributed.get("citations"), question.id() + " citations");
        }
    }

    @Test
    void anArticlePostedOnSolrIsAnswerableAtOnceAndGoneOnceDeleted() throws Exception {
        String text = "Harbour officials in Quillport said on Monday that the new grain terminal, built by the "
                + "Vostrand company, will open in March. The terminal can load 4,000 tonnes of wheat an hour.";
        Http.Reply created = HTTP.post(solr, "/api/documents",
                Http.json(Map.of("id", "quillport-grain", "title", "Quillport grain terminal", "text", text, "date",
                        "2024-03-04")), TOKEN);
        assertEquals(201, created.status(), created.body());

        JsonNode found = HTTP.get(solr, "/api/search?k=3&q=" + Http.query("Vostrand grain terminal Quillport")).json();
        assertEquals("quillport-grain", found.get("results").get(0).get("source").asText(), found.toString());
        JsonNode answer = HTTP.post(solr, "/api/ask",
                Http.json(Map.of("question", "How much wheat can the Quillport terminal load an hour?")), null).json();
        assertTrue(answer.get("answered").asBoolean(), answer.toString());
        assertEquals("quillport-grain", answer.get("citations").get(0).get("source").asText(), answer.toString());
        assertTrue(answer.get("answer").asText().contains("4,000 tonnes"), answer.toString());
        JsonNode before = HTTP.post(solr, "/api/ask", Http.json(Map.of("question",
                "How much wheat can the Quillport terminal load an hour?", "asOf", "2024-03-01")), null).json();
        for (JsonNode citation : before.get("citations")) {
            assertFalse(citation.get("source").asText().equals("quillport-grain"),
                    "an article published after the date asked is not used: " + before);
        }
        assertEquals(200, HTTP.get(solr, "/api/documents/quillport-grain").status());

        assertEquals(204, HTTP.delete(solr, "/api/documents/quillport-grain", TOKEN).status());
        JsonNode after = HTTP.get(solr, "/api/search?k=5&q=" + Http.query("Vostrand grain terminal Quillport")).json();
        for (JsonNode result : after.get("results")) {
            assertFalse(result.get("source").asText().equals("quillport-grain"), after.toString());
        }
        assertEquals(404, HTTP.get(solr, "/api/documents/quillport-grain").status());
    }

    private static List<String> passages(JsonNode search) {
        List<String> passages = new ArrayList<>();
        for (JsonNode result : search.get("results")) {
            passages.add(result.get("source").asText() + "@" + result.get("start").asInt() + "-"
                    + result.get("end").asInt());
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
