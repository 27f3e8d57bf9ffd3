package dev.sourced.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;

/** Wires the groups of copies from their configuration. */
@ApplicationScoped
public class DuplicatesBeans {
    @Produces
    @ApplicationScoped
    DuplicateGroups duplicateGroups(DuplicatesConfig config) {
        List<String> preferred =
                config.preferredSources().equals(List.of("none")) ? List.of() : config.preferredSources();
        return new DuplicateGroups(config.threshold(), new Representatives(preferred));
    }
}
