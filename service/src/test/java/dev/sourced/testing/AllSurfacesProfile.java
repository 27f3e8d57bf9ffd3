package dev.sourced.testing;

import dev.sourced.slack.FakeSlack;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every surface switched on: document writes (with an admin token), the OpenAI-compatible API and the MCP server behind their keys, and Slack (against {@link FakeSlack}, at a rate
 * low enough to reach in a few requests), over a new, empty index, so that the tests that write articles leave the
 * bundled corpus of the other profiles as it is. One profile is one application start for all the tests that use it.
 */
public class AllSurfacesProfile implements QuarkusTestProfile {
    public static final String TOKEN = "test-admin-token-4c21";
    public static final String OPENAI_KEY = "sk-sourced-test-9b7e";
    public static final String MCP_KEY = "mcp-sourced-test-41d0";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TestIndexDir.fresh("all-surfaces"));
        config.put("sourced.admin.token", TOKEN);
        config.put("sourced.openai.api-key", OPENAI_KEY);
        config.put("sourced.mcp.api-key", MCP_KEY);
        config.put("sourced.limits.slack-per-minute", "1");
        config.put("sourced.limits.slack-burst", "3");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSlack.class));
    }
}
