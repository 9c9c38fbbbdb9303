package org.eads.cli.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-ADS node started as its own process with {@code eads serve}, as an operator starts it, so that start time,
 * HTTP latency and heap are those of a real node.
 */
final class BenchServer implements AutoCloseable {

    private final Process process;
    private final int port;
    final double startSeconds;

    private BenchServer(Process process, int port, double startSeconds) {
        this.process = process;
        this.port = port;
        this.startSeconds = startSeconds;
    }

    static BenchServer start(Path dataDir, int port, String heap, Path log) throws IOException, InterruptedException {
        return start(dataDir, port, heap, log, java.util.Map.of());
    }

    /** Starts a node with extra settings in its environment ({@code SPRING_MAIL_HOST}, {@code EADS_...}). */
    static BenchServer start(Path dataDir, int port, String heap, Path log, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+EnableDynamicAgentLoading");
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            cmd.addAll(List.of("-jar", classPath));
        } else {
            cmd.addAll(List.of("-cp", classPath, "org.eads.cli.EadsCli"));
        }
        cmd.addAll(List.of("serve", "--data", dataDir.toString(), "--port", Integer.toString(port)));
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> r = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - t0 > 180_000_000_000L) {
                p.destroyForcibly();
                throw new IllegalStateException("The server did not become healthy within 3 minutes; see " + log);
            }
            Thread.sleep(50);
        }
        return new BenchServer(p, port, (System.nanoTime() - t0) / 1e9);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Heap in use after a full collection, in MiB, read with the JDK's jcmd. */
    double heapUsedMb() throws IOException, InterruptedException {
        String jcmd = Path.of(javaBinary()).resolveSibling("jcmd").toString();
        run(jcmd, Long.toString(process.pid()), "GC.run");
        String info = run(jcmd, Long.toString(process.pid()), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
