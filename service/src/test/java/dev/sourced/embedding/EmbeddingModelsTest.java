package dev.sourced.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddingModelsTest {
    private static final List<String> TEXTS = List.of(
            "How many South Koreans were in the region as of Thursday?",
            "China's envoy called on all parties to exercise restraint.");

    @TempDir
    Path dir;

    @Test
    void theModelReadFromItsFilesEmbedsAsTheOneReadFromItsJar() throws Exception {
        Path cache = dir.resolve("models");
        EmbeddingModel fromFiles = EmbeddingModels.load(EmbeddingModels.DEFAULT, cache);
        EmbeddingModel fromJar = EmbeddingModels.load(EmbeddingModels.DEFAULT);

        for (String text : TEXTS) {
            assertArrayEquals(
                    fromJar.embed(text).content().vector(),
                    fromFiles.embed(text).content().vector(),
                    1e-6f,
                    text);
        }
        assertEquals(EmbeddingModels.DIMENSION, fromFiles.dimension());
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(
                    List.of(EmbeddingModels.DEFAULT + "-tokenizer.json", EmbeddingModels.DEFAULT + ".onnx"),
                    files.map(f -> f.getFileName().toString().substring(9))
                            .sorted()
                            .toList(),
                    "the model and its tokenizer were copied, named by their CRC");
        }
    }

    /** Each model read from its files embeds as the same model read from its jar, with the pooling it was made for. */
    @ParameterizedTest
    @ValueSource(strings = {EmbeddingModels.BGE_SMALL_QUANTIZED, EmbeddingModels.E5_SMALL_QUANTIZED})
    void theOtherModelsLoadFromFilesAsFromTheirJars(String name) {
        EmbeddingModel fromFiles = EmbeddingModels.load(name, dir.resolve("models"));
        EmbeddingModel fromJar = EmbeddingModels.load(name);
        String text = TEXTS.get(1);
        assertArrayEquals(
                fromJar.embed(text).content().vector(),
                fromFiles.embed(text).content().vector(),
                1e-5f);
        assertEquals(EmbeddingModels.DIMENSION, fromFiles.embed(text).content().vector().length);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            all-minilm-l6-v2-q,  '',                                                         ''
            bge-small-en-v1.5-q, 'Represent this sentence for searching relevant passages: ', ''
            e5-small-v2-q,       'query: ',                                                  'passage: '
            """)
    void questionsAndPassagesArePrefixedAsEachModelsAuthorsSay(String name, String query, String passage) {
        assertEquals(query, EmbeddingModels.queryPrefix(name));
        assertEquals(passage, EmbeddingModels.passagePrefix(name));
    }

    @Test
    void aCacheFolderThatCannotBeWrittenFallsBackToTheJar() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        EmbeddingModel model = EmbeddingModels.load(EmbeddingModels.DEFAULT, notAFolder.resolve("models"));
        assertEquals(
                EmbeddingModels.DIMENSION, model.embed(TEXTS.get(0)).content().vector().length);
    }

    @Test
    void anUnknownModelNamesTheKnownOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> EmbeddingModels.load("bert-large", dir));
        assertTrue(e.getMessage().contains(EmbeddingModels.MINILM_QUANTIZED), e.getMessage());
    }
}
