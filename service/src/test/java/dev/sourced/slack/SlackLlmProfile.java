package dev.sourced.slack;

import dev.sourced.answer.OpenAiStub;
import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack pointed at {@link FakeSlack} with the LLM generator pointed at {@link OpenAiStub}, streaming its answers in
 * small pieces so that a short scripted answer takes several {@code chat.appendStream} calls.
 */
public class SlackLlmProfile implements QuarkusTestProfile {
    static final int CHUNK_CHARS = 12;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TestIndexDir.of("slack-llm"));
        config.put("sourced.public-url", SlackProfile.PUBLIC_URL + "/");
        config.put("sourced.slack.stream-chunk-chars", Integer.toString(CHUNK_CHARS));
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSlack.class), new TestResourceEntry(OpenAiStub.class));
    }
}
