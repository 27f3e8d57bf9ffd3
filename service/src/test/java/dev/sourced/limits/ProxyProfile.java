package dev.sourced.limits;

import dev.sourced.testing.TestIndexDir;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/** The Kubernetes settings: forwarding on, trusted from one proxy address; and a question rate of one. */
public class ProxyProfile implements QuarkusTestProfile {
    static final String TRUSTED = "127.0.0.1";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TestIndexDir.of("proxy"));
        config.put("quarkus.http.proxy.proxy-address-forwarding", "true");
        config.put("quarkus.http.proxy.allow-x-forwarded", "true");
        config.put("quarkus.http.proxy.trusted-proxies", TRUSTED);
        config.put("sourced.limits.ask-per-minute", "1");
        config.put("sourced.limits.ask-burst", "1");
        return config;
    }
}
