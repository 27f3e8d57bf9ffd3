package dev.sourced.cli;

import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Command-mode launches get an index folder of their own. */
public class CliProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return TestIndexDir.of("cli");
    }
}
