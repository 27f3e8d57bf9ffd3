package dev.sourced.solr;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How to reach the SolrCloud cluster when {@code sourced.index.backend=solr}, and how to create its collection. */
@ConfigMapping(prefix = "sourced.solr")
public interface SolrConfig {
    /** Base URLs of Solr nodes, e.g. {@code http://solr-0:8983/solr}; any live one tells the client the rest. */
    Optional<List<String>> urls();

    @WithDefault("sourced")
    String collection();

    /** Name under which the service uploads its configset (deployment/solr/configset) when it creates the collection. */
    @WithDefault("sourced")
    String configset();

    /** Shards of a collection the service creates; an existing collection keeps its layout. */
    @WithDefault("1")
    int shards();

    /** Replicas per shard of a collection the service creates: 2 keeps answering when a node is lost. */
    @WithDefault("2")
    int replicas();

    /** User for Solr's basic authentication; with {@link #password()}, sent with every request. */
    Optional<String> username();

    /** Password for Solr's basic authentication. A secret: from the environment, never logged. */
    Optional<String> password();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Longest wait for one Solr request; a query that takes longer is a 503. */
    @WithDefault("15s")
    Duration requestTimeout();

    /** Longest wait for the cluster to create a new collection with every replica active. */
    @WithDefault("120s")
    Duration createTimeout();
}
