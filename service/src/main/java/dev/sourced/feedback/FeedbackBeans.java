package dev.sourced.feedback;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.jboss.logging.Logger;

/** The feedback store from configuration, and its retention applied at every start. */
@ApplicationScoped
public class FeedbackBeans {
    private static final Logger LOG = Logger.getLogger(FeedbackBeans.class);

    @Produces
    @ApplicationScoped
    FeedbackStore store(FeedbackConfig config) {
        return new FeedbackStore(config.dir(), config.retention(), Clock.systemUTC());
    }

    /**
     * Votes past the retention are dropped at start-up as well as at every write, so that they go even when nobody
     * votes for a while. A failure here is logged, not fatal: the next write tries again.
     */
    void dropExpiredAtStart(@Observes StartupEvent event, FeedbackStore store) {
        try {
            int dropped = store.dropExpired();
            if (dropped > 0) {
                LOG.infof("dropped %d votes on answers older than the retention", dropped);
            }
        } catch (UncheckedIOException e) {
            LOG.warnf(
                    "votes past the retention could not be dropped at start-up: %s",
                    e.getCause().getMessage());
        }
    }
}
