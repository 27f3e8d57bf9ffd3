package dev.sourced.limits;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A tight question rate, to see the limit answer. */
public class LimitsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "sourced.limits.ask-per-minute",
                "1",
                "sourced.limits.ask-burst",
                "2",
                "sourced.limits.slack-per-minute",
                "1",
                "sourced.limits.slack-burst",
                "1",
                "sourced.index.dir",
                "target/test-index/limits");
    }
}
