package dev.sourced.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelRuntimeTest {
    private String tracking;
    private String offline;

    @BeforeEach
    void remember() {
        tracking = System.getProperty("OPT_OUT_TRACKING");
        offline = System.getProperty("ai.djl.offline");
    }

    @AfterEach
    void restore() {
        set("OPT_OUT_TRACKING", tracking);
        set("ai.djl.offline", offline);
    }

    @Test
    void theTokenizerLibraryNeitherReportsNorDownloads() {
        System.clearProperty("OPT_OUT_TRACKING");
        System.clearProperty("ai.djl.offline");
        ModelRuntime.keepOffline();
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
        assertEquals("true", System.getProperty("ai.djl.offline"));
    }

    @Test
    void anOperatorsOwnSettingIsKept() {
        System.setProperty("ai.djl.offline", "false");
        ModelRuntime.keepOffline();
        assertEquals("false", System.getProperty("ai.djl.offline"));
    }

    private static void set(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
