package dev.sourced.embedding;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * The one warm-up of the embedding model: loading it (ONNX Runtime's session, the tokenizer) and its first inference,
 * far slower than the rest, are the longest step of a start. It needs nothing from the index, so it starts with the
 * application on the container's executor and runs while the index is opened and compared with the corpus; start-up
 * {@linkplain #await() waits} for it before declaring readiness, so that the first user's question does not pay for
 * it.
 */
@ApplicationScoped
public class ModelWarmUp {
    /** Embedded once before readiness. */
    static final String QUESTION = "warm-up question about the indexed articles";

    private final Embedder embedder;
    private final ManagedExecutor executor;
    private CompletableFuture<Void> done;

    public ModelWarmUp(Embedder embedder, ManagedExecutor executor) {
        this.embedder = embedder;
        this.executor = executor;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        start();
    }

    /**
     * Completes once the model has answered once, or with what loading it threw; a copy, so that no caller can complete
     * or cancel the warm-up itself.
     */
    public CompletableFuture<Void> loaded() {
        return start().copy();
    }

    /**
     * Waits until the model has answered once; throws what loading it threw, or {@link CancellationException} when
     * the waiting thread is interrupted.
     */
    public void await() {
        try {
            start().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the embedding model loads");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the embedding model could not be loaded: " + e.getCause(), e.getCause());
        }
    }

    private synchronized CompletableFuture<Void> start() {
        if (done == null) {
            done = executor.runAsync(() -> embedder.embed(QUESTION));
        }
        return done;
    }
}
