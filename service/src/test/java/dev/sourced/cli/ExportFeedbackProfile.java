package dev.sourced.cli;

import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Command-mode launches over a feedback folder that the test fills before each launch. */
public class ExportFeedbackProfile implements QuarkusTestProfile {
    static final Path FEEDBACK_DIR = Path.of("target", "test-feedback", "cli-export");

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TestIndexDir.of("cli"));
        config.put("sourced.feedback.dir", FEEDBACK_DIR.toString());
        config.put("sourced.feedback.retention", "30d");
        return config;
    }
}
