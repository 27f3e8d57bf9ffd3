package dev.sourced.index;

import ai.djl.huggingface.tokenizers.jni.LibUtils;
import ai.onnxruntime.OrtEnvironment;
import org.jboss.logging.Logger;

/**
 * The native libraries every embedding model runs on: ONNX Runtime and the Hugging Face tokenizer (through DJL). Both
 * are unpacked from their jars and initialised once per process, about half a second that does not depend on which
 * model is configured, so it can start before the configuration is read.
 */
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

    /**
     * Initialises both libraries on a background thread, so that they load while the framework starts on the other
     * core (readiness about a quarter of a second sooner on two cores). A model load that comes first simply
     * waits for them; a failure here is left for the model load to report.
     */
    public static void preload() {
        keepOffline();
        Thread.ofPlatform().name("sourced-model-runtime").daemon().start(() -> {
            try {
                OrtEnvironment.getEnvironment();
                LibUtils.checkStatus();
            } catch (RuntimeException | LinkageError e) {
                // Not a static logger: this class is used in main(), before Quarkus has set up logging.
                Logger.getLogger(ModelRuntime.class).debugf(e, "native model runtime preload failed");
            }
        });
    }
}
