package dev.sourced.testing;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/** The packaged service run as a separate process on a free loopback port, as an operator runs it. */
public final class ServiceProcess implements AutoCloseable {
    /** Connect within 2 s, answer within 30 s: an HTTP call to a test service or cluster. */
    public static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 2_000)
                    .setParam("http.socket.timeout", 30_000));

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static ServiceProcess start(Path indexDir, Path log, Map<String, String> env) throws IOException {
        return start(indexDir, log, env, true);
    }

    /** As {@link #start(Path, Path, Map)}; {@code aotCache} false starts it without the build's AOT cache. */
    public static ServiceProcess start(Path indexDir, Path log, Map<String, String> env, boolean aotCache)
            throws IOException {
        int port = freePort();
        List<String> command = javaCommand(aotCache, List.of("-Xmx512m"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("SOURCED_INDEX_DIR", indexDir.toString());
        builder.environment().putAll(env);
        return new ServiceProcess(builder.start(), port, log);
    }

    /**
     * The documented command line of the packaged service (or of one of its commands, given as arguments after it):
     * this JDK, Lucene's vector module, the build's AOT cache when there is one (JDK 25) and {@code aotCache} is set.
     */
    public static List<String> javaCommand(boolean aotCache, List<String> jvmOptions, String... args) {
        String runner = System.getProperty("sourced.runner", "target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules",
                "jdk.incubator.vector"));
        command.addAll(jvmOptions);
        Path cache = Path.of(runner).resolveSibling("app.aot");
        if (aotCache && Files.isRegularFile(cache)) {
            command.add("-XX:AOTCache=" + cache);
        }
        command.addAll(List.of("-jar", runner));
        command.addAll(List.of(args));
        return command;
    }

    public long pid() {
        return process.pid();
    }

    /** Resident memory of the process in MiB, from /proc (Linux). */
    public long residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A request to this service; a service that does not answer fails the test instead of hanging it. */
    public RequestSpecification request() {
        return RestAssured.given().config(TIMEOUTS).baseUri("http://127.0.0.1").port(port);
    }

    /** Polls readiness until UP, or fails after the deadline. */
    public void awaitReady(Duration timeout) {
        Awaitility.await("the service is ready; see " + log)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the service exited; see " + log);
                    }
                    return request().get("/q/health/ready").statusCode() == 200;
                });
    }

    /** SIGKILL: no shutdown hook, no flush, no commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
