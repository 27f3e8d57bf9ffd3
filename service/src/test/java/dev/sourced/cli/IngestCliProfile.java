package dev.sourced.cli;

import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Command-line ingestion writes articles: it gets a new, empty index each run. */
public class IngestCliProfile implements QuarkusTestProfile {
    private final Map<String, String> dir = TestIndexDir.fresh("ingest-cli");

    @Override
    public Map<String, String> getConfigOverrides() {
        return dir;
    }
}
