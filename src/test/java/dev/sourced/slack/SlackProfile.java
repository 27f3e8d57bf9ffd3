package dev.sourced.slack;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Runs the service with Slack switched on and pointed at {@link FakeSlack}. */
public class SlackProfile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSlack.class));
    }
}
