package dev.sourced.testing;

import dev.sourced.solr.SolrConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The service's Solr settings for a collection of a test cluster, for tests that build the Solr parts themselves. */
public record TestSolrConfig(List<String> nodes, String collection, int shards) implements SolrConfig {
    @Override
    public Optional<List<String>> urls() {
        return Optional.of(nodes);
    }

    @Override
    public String configset() {
        return "sourced";
    }

    @Override
    public int replicas() {
        return 1;
    }

    @Override
    public Optional<String> username() {
        return Optional.empty();
    }

    @Override
    public Optional<String> password() {
        return Optional.empty();
    }

    @Override
    public Duration connectTimeout() {
        return Duration.ofSeconds(5);
    }

    @Override
    public Duration requestTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    public Duration createTimeout() {
        return Duration.ofSeconds(120);
    }
}
