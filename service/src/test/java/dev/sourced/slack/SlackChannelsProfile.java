package dev.sourced.slack;

import dev.sourced.testing.MovableClock;
import dev.sourced.testing.TestIndexDir;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@link SlackProfile} answering only in channels C1 and C2, not in direct messages, on a clock the test moves. */
public class SlackChannelsProfile extends SlackProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.putAll(TestIndexDir.of("slack-channels"));
        config.put("sourced.slack.channels", "C1,C2");
        config.put("sourced.slack.direct-messages", "false");
        return config;
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MovableClock.class);
    }
}
