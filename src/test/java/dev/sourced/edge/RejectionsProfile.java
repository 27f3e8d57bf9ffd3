package dev.sourced.edge;

import dev.sourced.slack.FakeSlack;
import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every surface switched on (document writes, Slack), with a Slack rate low enough to reach in a few requests. */
public class RejectionsProfile implements QuarkusTestProfile {
    static final String TOKEN = "test-admin-token-4c21";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TestIndexDir.of("rejections"));
        config.put("sourced.admin.token", TOKEN);
        config.put("sourced.limits.slack-per-minute", "1");
        config.put("sourced.limits.slack-burst", "3");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSlack.class));
    }
}
