package dev.sourced.answer;

import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Runs the service with the LLM generator pointed at {@link OpenAiStub}. */
public class LlmProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return TestIndexDir.of("llm");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenAiStub.class));
    }
}
