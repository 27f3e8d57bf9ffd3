package dev.sourced.solrcluster;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs a real SolrCloud (embedded ZooKeeper, N Solr nodes on loopback) for the service's tests, driven over stdin:
 *
 * <pre>
 * java -cp ... dev.sourced.solrcluster.TestCluster BASE_DIR NODES [PORT,PORT,...]
 *   prints   READY url,url,...        once every node is live
 *   reads    stop I | start I | quit  (nodes counted from 0) and answers STOPPED I / STARTED I url / ERROR why
 * </pre>
 *
 * End of input means the parent is gone: the cluster shuts down, so a crashed test leaves no server behind.
 */
public final class TestCluster {
    private TestCluster() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TestCluster BASE_DIR NODES [PORT,PORT,...]");
            System.exit(2);
        }
        // stdout carries the protocol only; whatever Solr prints goes to stderr, which the parent sends to a file.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Path baseDir = Files.createDirectories(Path.of(args[0]));
        int nodes = Integer.parseInt(args[1]);
        List<Integer> ports = new ArrayList<>();
        if (args.length > 2) {
            for (String port : args[2].split(",")) {
                ports.add(Integer.parseInt(port.trim()));
            }
        }
        MiniSolrCloudCluster cluster = start(baseDir, nodes, ports);
        // The cluster drops a stopped node from its own list; this one keeps every node at its number.
        List<JettySolrRunner> runners = new ArrayList<>(cluster.getJettySolrRunners());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster)));
        protocol.println("READY " + urls(cluster));
        protocol.flush();

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] command = line.trim().split("\\s+");
            if (command[0].isEmpty()) {
                continue;
            }
            try {
                switch (command[0]) {
                    case "stop" -> {
                        int node = Integer.parseInt(command[1]);
                        cluster.stopJettySolrRunner(runners.get(node));
                        cluster.waitForJettyToStop(runners.get(node));
                        protocol.println("STOPPED " + node);
                    }
                    case "start" -> {
                        int node = Integer.parseInt(command[1]);
                        JettySolrRunner jetty = cluster.startJettySolrRunner(runners.get(node), true);
                        cluster.waitForNode(jetty, 60);
                        protocol.println("STARTED " + node + " " + jetty.getBaseUrl());
                    }
                    case "quit" -> {
                        shutdown(cluster);
                        protocol.println("BYE");
                        protocol.flush();
                        System.exit(0);
                    }
                    default -> protocol.println("ERROR unknown command: " + line);
                }
            } catch (Exception e) {
                protocol.println("ERROR " + e);
            }
            protocol.flush();
        }
        shutdown(cluster);
        System.exit(0);
    }

    private static MiniSolrCloudCluster start(Path baseDir, int nodes, List<Integer> ports) throws Exception {
        // -Dsecurity.json=FILE turns on Solr's authentication and authorisation with that configuration.
        String security = System.getProperty("security.json");
        if (ports.isEmpty()) {
            MiniSolrCloudCluster.Builder builder = new MiniSolrCloudCluster.Builder(nodes, baseDir).withMetrics(false);
            if (security != null) {
                builder.withSecurityJson(Files.readString(Path.of(security)));
            }
            return builder.build();
        }
        if (ports.size() != nodes) {
            throw new IllegalArgumentException("give one port per node");
        }
        // The builder gives every node the same port setting, so start with the first and add the others.
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(1, baseDir)
                .withJettyConfig(jetty -> jetty.setPort(ports.get(0)))
                .withMetrics(false)
                .build();
        for (int i = 1; i < nodes; i++) {
            int port = ports.get(i);
            cluster.startJettySolrRunner(
                    "node" + i,
                    null,
                    org.apache.solr.embedded.JettyConfig.builder().setPort(port).build());
        }
        cluster.waitForAllNodes(60);
        return cluster;
    }

    private static String urls(MiniSolrCloudCluster cluster) {
        List<String> urls = new ArrayList<>();
        for (JettySolrRunner jetty : cluster.getJettySolrRunners()) {
            urls.add(jetty.getBaseUrl().toString());
        }
        return String.join(",", urls);
    }

    private static synchronized void shutdown(MiniSolrCloudCluster cluster) {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("shutdown: " + e);
        }
    }
}
