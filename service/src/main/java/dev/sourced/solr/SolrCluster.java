package dev.sourced.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.SolrResponseBase;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.jboss.logging.Logger;

/**
 * The connection to a SolrCloud cluster, by node URLs (no ZooKeeper client): made on first use, since the cluster may
 * come up after the service, and kept for the life of the service. Creates the collection, with the project's
 * configset, when it is missing. Thread-safe.
 */
public final class SolrCluster implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SolrCluster.class);
    /** The configset files, as packaged from deployment/solr/configset. */
    private static final List<String> CONFIGSET_FILES = List.of("solrconfig.xml", "schema.xml");

    private static final String CONFIGSET_RESOURCES = "solr/configset/";

    private final SolrConfig config;
    private final List<String> urls;
    private volatile CloudSolrClient client;

    public SolrCluster(SolrConfig config) {
        this.config = config;
        this.urls = config.urls()
                .filter(u -> !u.isEmpty())
                .orElseThrow(() -> new IllegalStateException(
                        "sourced.solr.urls must list at least one Solr node URL when sourced.index.backend=solr"));
    }

    public String collection() {
        return config.collection();
    }

    /** The connected client; throws {@link SolrUnavailableException} when the cluster cannot be reached. */
    public CloudSolrClient client() {
        CloudSolrClient current = client;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (client == null) {
                try {
                    client = newClient(config.requestTimeout());
                } catch (RuntimeException e) {
                    throw new SolrUnavailableException(
                            "the Solr cluster at " + urls + " does not answer: " + SolrUnavailableException.reason(e),
                            e);
                }
            }
            return client;
        }
    }

    /**
     * A client built from node URLs: it asks any live node for the cluster's layout, then routes updates to shard
     * leaders and spreads queries over live replicas.
     */
    private CloudSolrClient newClient(Duration requestTimeout) {
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withIdleTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .withRequestTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        if (config.username().isPresent() && config.password().isPresent()) {
            http.withBasicAuthCredentials(
                    config.username().get(), config.password().get());
        }
        return new CloudHttp2SolrClient.Builder(urls)
                .withInternalClientBuilder(http)
                .withDefaultCollection(config.collection())
                .build();
    }

    /**
     * Checks that the cluster answers and that the collection exists, creating it (configset first) when it does not.
     */
    public void ensureCollection() {
        CloudSolrClient solr = client();
        List<String> collections;
        try {
            collections = CollectionAdminRequest.listCollections(solr);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new SolrUnavailableException(
                    "the Solr cluster at " + urls + " does not answer: " + SolrUnavailableException.reason(e) + " ("
                            + probe() + ")",
                    e);
        }
        if (collections.contains(config.collection())) {
            return;
        }
        // Creating a collection waits, on the cluster's side, until every replica is active: longer than a query may.
        try (CloudSolrClient admin = newClient(config.createTimeout())) {
            LOG.infof(
                    "creating Solr collection '%s' (%d shard(s) x %d replica(s), configset '%s')",
                    config.collection(), config.shards(), config.replicas(), config.configset());
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
                    .setConfigSetName(config.configset())
                    .setOverwrite(true)
                    .setCleanup(true);
            upload.setUploadStream(
                    new ContentStreamBase.ByteArrayStream(configsetZip(), "configset.zip", "application/octet-stream"));
            check(upload.process(admin));
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(
                    config.collection(), config.configset(), config.shards(), config.replicas());
            create.setWaitForFinalState(true);
            check(create.process(admin));
        } catch (SolrServerException | IOException | RuntimeException e) {
            if (e instanceof SolrUnavailableException unavailable) {
                throw unavailable;
            }
            throw new SolrUnavailableException(
                    "the Solr cluster at " + urls + " could not create collection '" + config.collection() + "': "
                            + SolrUnavailableException.reason(e),
                    e);
        }
    }

    /**
     * What each node says to a plain request, since SolrJ reports only that none answered: "401" (wrong credentials)
     * and "connection refused" need different fixes. Never includes the credentials.
     */
    private String probe() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
        List<String> answers = new ArrayList<>();
        for (String url : urls) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/admin/info/system?wt=json"))
                    .timeout(config.requestTimeout());
            if (config.username().isPresent() && config.password().isPresent()) {
                String credentials =
                        config.username().get() + ":" + config.password().get();
                request.header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            try {
                answers.add(url + " answers HTTP "
                        + http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode());
            } catch (IOException e) {
                answers.add(url + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (IllegalArgumentException e) {
                answers.add(url + ": not a URL");
            }
        }
        return String.join("; ", answers);
    }

    private static void check(SolrResponseBase response) {
        NamedList<Object> body = response.getResponse();
        Object failure = body == null ? null : body.get("failure");
        if (failure != null) {
            throw new IllegalStateException("Solr refused: " + failure);
        }
    }

    private static byte[] configsetZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIGSET_FILES) {
                try (InputStream in =
                        SolrCluster.class.getClassLoader().getResourceAsStream(CONFIGSET_RESOURCES + file)) {
                    if (in == null) {
                        throw new IllegalStateException("configset file missing from the package: " + file);
                    }
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        CloudSolrClient current = client;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOG.debug("closing the Solr client", e);
            }
        }
    }
}
