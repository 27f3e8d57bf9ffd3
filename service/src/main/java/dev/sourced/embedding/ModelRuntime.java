package dev.sourced.embedding;

/** Settings of the native libraries every embedding model runs on: ONNX Runtime and the tokenizer (through DJL). */
public final class ModelRuntime {
    private ModelRuntime() {}

    /**
     * DJL checks in with a telemetry endpoint when it finds itself on EC2, and downloads a tokenizer library that its
     * jar lacks. The service runs offline and must not call out: both are turned off unless the operator set them.
     */
    static void keepOffline() {
        if (System.getenv("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", System.getProperty("OPT_OUT_TRACKING", "true"));
        }
        if (System.getenv("DJL_OFFLINE") == null) {
            System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        }
    }
}
