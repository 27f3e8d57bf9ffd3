package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.retrieval.Search;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
    private static AnswerGenerator named(String name) {
        return new AnswerGenerator() {
            @Override
            public Answer generate(Search.Result evidence) {
                return new Answer(name, false, List.of(), name, null);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Test
    void theConfiguredGeneratorComesFirstAndTheExtractiveOneIsAlwaysThere() {
        AnswerGenerator llm = named("llm");
        AnswerGenerator extractive = named("extractive");
        Generators generators = new Generators(List.of(llm, extractive));
        assertEquals(List.of("llm", "extractive"), generators.names());
        assertSame(llm, generators.configured());
        assertSame(extractive, generators.named("extractive").orElseThrow());
        assertTrue(generators.named("gpt-4o").isEmpty());
    }

    @Test
    void theExtractiveGeneratorConfiguredIsOfferedOnce() {
        AnswerGenerator extractive = named("extractive");
        Generators generators = new Generators(List.of(extractive, extractive));
        assertEquals(List.of("extractive"), generators.names());
    }
}
