package dev.sourced.slack;

import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Runs the service with Slack switched on and pointed at {@link FakeSlack}. */
public class SlackProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return TestIndexDir.of("slack");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSlack.class));
    }
}
