package dev.sourced;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of STYLE.md: corpus ← index ← retrieval ← answer ← api, slack; cli and eval on top. The
 * embedding model (embedding) stands alone. The backend switch (backend) composes index, retrieval and solr; ingest
 * writes through the index's store, embeds with embedding and starts the backend. The SolrCloud backend (solr) sits
 * beside the embedded one and only the backend switch picks between them. Copy detection (duplicates) sits on the
 * index's catalog, below retrieval (which shows each group once) and ingestion (which keeps the groups current). The
 * article reader (reader) is a surface of its own, reading through the index's catalog; so is the OpenAI-compatible API
 * (openai), over answers and the follow-ups of a conversation (conversation), which depends on nothing of ours; and
 * so is the MCP server (mcp), over answers, searches and the index's catalog.
 */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sourced");

    @Test
    void corpusDependsOnNothingElseOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.corpus..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.index..",
                        "dev.sourced.duplicates..",
                        "dev.sourced.embedding..",
                        "dev.sourced.retrieval..",
                        "dev.sourced.answer..",
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.eval..",
                        "dev.sourced.cli..",
                        "dev.sourced.ingest..",
                        "dev.sourced.backend..",
                        "dev.sourced.solr..")
                .check(MAIN);
    }

    /** Follow-up questions are resolved by words alone, for every surface that holds a conversation. */
    @Test
    void theConversationDependsOnNothingElseOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.conversation..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("dev.sourced.conversation..", "java..")
                .check(MAIN);
    }

    /** Votes on answers are kept whichever surface took them: the surfaces and the CLI depend on it, never back. */
    @Test
    void feedbackDependsOnNothingElseOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.feedback..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "dev.sourced.feedback..",
                        "java..",
                        "javax.crypto..",
                        "com.fasterxml.jackson..",
                        "io.smallrye.config..",
                        "io.quarkus.runtime..",
                        "jakarta.enterprise..",
                        "org.jboss.logging..")
                .check(MAIN);
    }

    @Test
    void theEmbeddingModelDependsOnNothingElseOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.embedding..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.corpus..",
                        "dev.sourced.index..",
                        "dev.sourced.retrieval..",
                        "dev.sourced.answer..",
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.eval..",
                        "dev.sourced.cli..",
                        "dev.sourced.ingest..",
                        "dev.sourced.backend..",
                        "dev.sourced.solr..",
                        "org.apache.lucene..")
                .check(MAIN);
    }

    @Test
    void indexSeesOnlyTheCorpus() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.index..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.duplicates..",
                        "dev.sourced.embedding..",
                        "dev.sourced.retrieval..",
                        "dev.sourced.answer..",
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.eval..",
                        "dev.sourced.cli..",
                        "dev.sourced.ingest..",
                        "dev.sourced.backend..")
                .check(MAIN);
    }

    @Test
    void copyDetectionSeesOnlyTheIndexAndTheCorpus() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.duplicates..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.embedding..",
                        "dev.sourced.retrieval..",
                        "dev.sourced.answer..",
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.eval..",
                        "dev.sourced.cli..",
                        "dev.sourced.ingest..",
                        "dev.sourced.backend..",
                        "dev.sourced.solr..",
                        "org.apache.lucene..")
                .check(MAIN);
    }

    @Test
    void retrievalDoesNotSeeAnswersOrSurfaces() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.retrieval..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.answer..",
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.eval..",
                        "dev.sourced.cli..",
                        "dev.sourced.ingest..",
                        "dev.sourced.backend..")
                .check(MAIN);
    }

    @Test
    void ingestionSeesNeitherRetrievalNorTheSurfaces() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.retrieval..",
                        "dev.sourced.answer..",
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.eval..",
                        "dev.sourced.cli..",
                        "org.apache.lucene..")
                .check(MAIN);
    }

    @Test
    void theBackendSwitchSeesNoSurfaceAndNoIngestion() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.backend..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.answer..",
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.eval..",
                        "dev.sourced.cli..",
                        "dev.sourced.ingest..")
                .check(MAIN);
    }

    @Test
    void answerDoesNotSeeSurfacesOrLucene() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.answer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.eval..",
                        "dev.sourced.cli..",
                        "org.apache.lucene..")
                .check(MAIN);
    }

    @Test
    void apiAndSlackNeverSeeEachOtherOrLucene() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.sourced.slack..", "dev.sourced.cli..", "org.apache.lucene..", "com.slack..")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.api..", "dev.sourced.cli..", "dev.sourced.retrieval..", "org.apache.lucene..")
                .check(MAIN);
    }

    @Test
    void theReaderSeesNoOtherSurfaceAndNoSearchEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.reader..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.cli..",
                        "dev.sourced.eval..",
                        "dev.sourced.ingest..",
                        "dev.sourced.backend..",
                        "dev.sourced.retrieval..",
                        "dev.sourced.solr..",
                        "org.apache.lucene..",
                        "org.apache.solr..")
                .check(MAIN);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.sourced.reader..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.sourced.reader..")
                .check(MAIN);
    }

    /** The ask page renders answers as the API does, without seeing the API (its script calls the API over HTTP). */
    @Test
    void theAskPageSeesNoOtherSurfaceAndNoSearchEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.askpage..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.reader..",
                        "dev.sourced.openai..",
                        "dev.sourced.cli..",
                        "dev.sourced.eval..",
                        "dev.sourced.ingest..",
                        "dev.sourced.backend..",
                        "dev.sourced.retrieval..",
                        "dev.sourced.solr..",
                        "org.apache.lucene..",
                        "org.apache.solr..")
                .check(MAIN);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.sourced.askpage..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.sourced.askpage..")
                .check(MAIN);
    }

    /** The OpenAI-compatible API is HTTP translation over answers, like the API beside it, which it never sees. */
    @Test
    void theOpenAiSurfaceSeesNoOtherSurfaceAndNoSearchEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.openai..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.reader..",
                        "dev.sourced.cli..",
                        "dev.sourced.eval..",
                        "dev.sourced.ingest..",
                        "dev.sourced.backend..",
                        "dev.sourced.retrieval..",
                        "dev.sourced.index..",
                        "dev.sourced.solr..",
                        "org.apache.lucene..",
                        "org.apache.solr..",
                        "com.slack..")
                .check(MAIN);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.sourced.openai..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.sourced.openai..")
                .check(MAIN);
    }

    /**
     * The MCP server is protocol translation over answers and searches, like the API beside it, which it never sees;
     * it reads articles through the index's catalog, as the reader does, never through the search engine.
     */
    @Test
    void theMcpSurfaceSeesNoOtherSurfaceAndNoSearchEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.mcp..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.api..",
                        "dev.sourced.openai..",
                        "dev.sourced.slack..",
                        "dev.sourced.reader..",
                        "dev.sourced.cli..",
                        "dev.sourced.eval..",
                        "dev.sourced.ingest..",
                        "dev.sourced.backend..",
                        "dev.sourced.solr..",
                        "org.apache.lucene..",
                        "org.apache.solr..",
                        "com.slack..")
                .check(MAIN);
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.sourced.mcp..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.sourced.mcp..", "io.modelcontextprotocol..")
                .check(MAIN);
    }

    @Test
    void onlyTheBackendSwitchKnowsSolr() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.sourced.solr..", "dev.sourced.backend..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.sourced.solr..", "org.apache.solr..")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.solr..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.answer..",
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.eval..",
                        "dev.sourced.cli..",
                        "dev.sourced.ingest..",
                        "dev.sourced.backend..")
                .check(MAIN);
    }

    @Test
    void theEdgeSeesNoSurfaceAndTheLimitsNoneEither() {
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.edge..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.sourced.api..",
                        "dev.sourced.slack..",
                        "dev.sourced.limits..",
                        "dev.sourced.cli..",
                        "dev.sourced.answer..",
                        "dev.sourced.retrieval..",
                        "dev.sourced.index..")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("dev.sourced.limits..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.sourced.api..", "dev.sourced.slack..", "dev.sourced.cli..")
                .check(MAIN);
    }

    @Test
    void recordsOfTheDomainCarryNoFrameworkTypes() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.sourced.corpus..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "org.apache.lucene..", "com.slack..", "io.quarkus..")
                .check(MAIN);
    }
}
