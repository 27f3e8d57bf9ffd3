package dev.sourced.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real SolrCloud (MiniSolrCloudCluster, embedded ZooKeeper) in a child JVM with its own classpath: the launcher
 * module testing/solr-cluster, which the Maven reactor packages before the service. Nodes can be stopped and started
 * again on the same port.
 */
public final class SolrTestCluster implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;
    private final List<String> urls;
    private final Path log;

    private SolrTestCluster(Process process, Path log) throws IOException {
        this.process = process;
        this.log = log;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        String ready = await("READY");
        this.urls = List.of(ready.substring("READY ".length()).split(","));
    }

    /** Starts {@code nodes} Solr nodes, on the given ports or on free ones when none are given. */
    public static SolrTestCluster start(Path baseDir, int nodes, int... ports) throws IOException {
        return start(baseDir, "768m", nodes, ports);
    }

    /** The same with the child JVM's heap ({@code -Xmx}) given, for clusters that hold more than test data. */
    public static SolrTestCluster start(Path baseDir, String heap, int nodes, int... ports) throws IOException {
        return start(baseDir, heap, null, nodes, ports);
    }

    /** The same with Solr's security configuration ({@code security.json}) given, or none when {@code null}. */
    public static SolrTestCluster start(Path baseDir, String heap, Path securityJson, int nodes, int... ports)
            throws IOException {
        Path launcher = Path.of(System.getProperty("sourced.solr.launcher", "../testing/solr-cluster/target"));
        Path classpathFile = launcher.resolve("classpath.txt");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build the launcher with "
                    + "./mvnw -pl testing/solr-cluster package in the repository root (./mvnw verify does)");
        }
        String classpath = launcher.resolve("classes")
                + java.io.File.pathSeparator
                + Files.readString(classpathFile).trim();
        Files.createDirectories(baseDir);
        Path log = baseDir.resolve("cluster.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Dsolr.log.dir=" + baseDir.resolve("logs"),
                "-cp",
                classpath,
                "dev.sourced.solrcluster.TestCluster",
                baseDir.resolve("cluster").toString(),
                Integer.toString(nodes)));
        if (securityJson != null) {
            command.add(1, "-Dsecurity.json=" + securityJson.toAbsolutePath());
        }
        if (ports.length > 0) {
            command.add(
                    java.util.Arrays.stream(ports).mapToObj(Integer::toString).collect(Collectors.joining(",")));
        }
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new SolrTestCluster(process, log);
    }

    public List<String> urls() {
        return urls;
    }

    /** The node URLs as the service's {@code sourced.solr.urls} takes them. */
    public String urlList() {
        return String.join(",", urls);
    }

    public void stopNode(int node) throws IOException {
        in.println("stop " + node);
        await("STOPPED " + node);
    }

    public void startNode(int node) throws IOException {
        in.println("start " + node);
        await("STARTED " + node);
    }

    private String await(String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
            if (line.startsWith("ERROR")) {
                throw new IllegalStateException("test cluster: " + line + " (see " + log + ")");
            }
        }
        throw new IllegalStateException("the test cluster exited; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        in.println("quit");
        in.close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
