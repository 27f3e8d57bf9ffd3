package dev.sourced.slack;

import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the service with Slack switched on and pointed at {@link FakeSlack}, at a public address, so that replies link
 * their citations to the reader.
 */
public class SlackProfile implements QuarkusTestProfile {
    public static final String PUBLIC_URL = "https://sourced.example.org";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TestIndexDir.of("slack"));
        config.put("sourced.public-url", PUBLIC_URL + "/");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSlack.class));
    }
}
