package dev.sourced.ingest;

import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/** Document writes on, against an index of their own so other tests keep the bundled corpus as it is. */
public class IngestProfile implements QuarkusTestProfile {
    static final String TOKEN = "test-admin-token-0e8a";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TestIndexDir.fresh("ingest"));
        config.put("sourced.admin.token", TOKEN);
        return config;
    }
}
