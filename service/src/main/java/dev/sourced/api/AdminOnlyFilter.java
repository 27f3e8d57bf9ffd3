package dev.sourced.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Runs {@link AdminGuard} on the {@link AdminOnly} endpoints before their body is read or validated: a caller without
 * the token learns nothing about what its body would have done. The guard is reached through its proxy, since
 * filters are built before the configuration it reads is there.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminOnlyFilter implements ContainerRequestFilter {
    private final AdminGuard guard;

    public AdminOnlyFilter(AdminGuard guard) {
        this.guard = guard;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        guard.requireAdmin(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
}
