package dev.sourced.slack;

import dev.sourced.testing.TestIndexDir;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link SlackProfile} with an app-level token: the application connects to FakeSlack's Socket Mode stand-in. */
public class SlackSocketModeProfile extends SlackProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.putAll(TestIndexDir.of("slack-socket-mode"));
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSlack.class, Map.of(FakeSlack.SOCKET_MODE, "true")));
    }
}
