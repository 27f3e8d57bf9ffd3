package dev.sourced.index;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Loads the embedding model (ONNX Runtime's session, the tokenizer, the first inference: the longest step of a start)
 * on its own thread as soon as the application starts. It needs nothing from the index, so it runs while the index
 * is opened and compared with the corpus; {@link IndexStartup} waits for it only before declaring readiness, or when
 * it has text to embed. Its observer comes first because {@link IndexStartup}'s own creation opens the index.
 */
@ApplicationScoped
public class ModelWarmUp {
    /** Embedded once before readiness: an ONNX session's first inference is far slower than the rest. */
    public static final String QUESTION = "warm-up question about the indexed articles";
    private static final Logger LOG = Logger.getLogger(ModelWarmUp.class);

    private final Embedder embedder;

    public ModelWarmUp(Embedder embedder) {
        this.embedder = embedder;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        Thread.ofPlatform().name("sourced-model-load").daemon().start(this::warmUp);
    }

    private void warmUp() {
        try {
            embedder.embed(QUESTION);
        } catch (RuntimeException e) {
            // The index sync needs the model too and reports the failure; this thread only started the load early.
            LOG.debugf(e, "embedding model load failed");
        }
    }
}
