package dev.sourced.slack;

import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the service with Slack switched on and pointed at {@link FakeSlack}, at a public address, so that replies link
 * their citations to the reader, with an admin token for the feedback API and a new, empty feedback store.
 */
public class SlackProfile implements QuarkusTestProfile {
    public static final String PUBLIC_URL = "https://sourced.example.org";
    public static final String ADMIN_TOKEN = "test-admin-token-slack-77d1";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TestIndexDir.of("slack"));
        config.put("sourced.public-url", PUBLIC_URL + "/");
        config.put("sourced.admin.token", ADMIN_TOKEN);
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-feedback"));
            config.put(
                    "sourced.feedback.dir",
                    Files.createTempDirectory(parent, "slack-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSlack.class));
    }
}
