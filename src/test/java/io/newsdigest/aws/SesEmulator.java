package io.newsdigest.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdigest.json.Json;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the SES API v2 emulator (npm {@code aws-ses-v2-local}, installed by the build into the folder the
 * {@code ses.emulator.dir} property names) once for the whole test run, on a free port, and stops it when the
 * run ends. Mail it accepted is read back from its store.
 */
public final class SesEmulator implements BeforeAllCallback {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SesEmulator.class, k -> start(), Running.class);
    }

    private static synchronized Running start() {
        if (running != null) {
            return running;
        }
        Path dir = Path.of(System.getProperty("ses.emulator.dir", "src/test/ses-emulator"));
        Path cli = dir.resolve("node_modules/aws-ses-v2-local/dist/cli.js");
        if (!Files.exists(cli)) {
            throw new IllegalStateException(cli + " is missing: run the build (it installs the emulator with npm ci)");
        }
        try {
            int port = freePort();
            Path log = Files.createTempFile("ses-emulator", ".log");
            Process process = new ProcessBuilder("node", cli.toString(), "--host", "127.0.0.1", "--port",
                    String.valueOf(port))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            Running r = new Running(process, endpoint, log.toFile());
            r.awaitHealthy();
            running = r;
            return r;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the SES emulator", e);
        }
    }

    public static URI endpoint() {
        return current().endpoint();
    }

    /** Every e-mail the emulator has accepted since the last {@link #clear()}, oldest first. */
    public static List<JsonNode> emails() {
        try {
            List<JsonNode> out = new ArrayList<>();
            Json.mapper().readTree(current().get("/store")).get("emails").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("the emulator's store is not JSON", e);
        }
    }

    public static void clear() {
        current().post("/clear-store");
    }

    private static Running current() {
        if (running == null) {
            throw new IllegalStateException("register SesEmulator with @ExtendWith first");
        }
        return running;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Running(Process process, URI endpoint, File log) implements ExtensionContext.Store.CloseableResource {

        void awaitHealthy() throws IOException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the SES emulator exited: " + Files.readString(log.toPath()));
                }
                try {
                    HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/health-check"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep();
            }
            process.destroyForcibly();
            throw new IllegalStateException("the SES emulator did not answer within 30 s: "
                    + Files.readString(log.toPath()));
        }

        byte[] get(String path) {
            return send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build());
        }

        void post(String path) {
            send(HttpRequest.newBuilder(endpoint.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
        }

        private byte[] send(HttpRequest request) {
            try {
                HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(request.uri() + " answered " + r.statusCode());
                }
                return r.body();
            } catch (IOException e) {
                throw new IllegalStateException(request.uri() + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
