package dev.sourced.index;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN until the index has been brought in line with the corpus and can answer searches. */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {
    private final IndexStatus status;

    public IndexReadinessCheck(IndexStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("index").status(status.ready());
        if (!status.ready()) {
            response.withData("reason", status.problem());
        }
        return response.build();
    }
}
