package dev.sourced.slack;

import dev.sourced.testing.TestIndexDir;
import java.util.HashMap;
import java.util.Map;

/** {@link SlackProfile} with one worker and room for one waiting question, so that a test can fill the queue. */
public class SlackBusyProfile extends SlackProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.putAll(TestIndexDir.of("slack-busy"));
        config.put("sourced.slack.workers", "1");
        config.put("sourced.slack.queue-capacity", "1");
        return config;
    }
}
