package dev.hybridstore.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.CommandFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

/** The services' HTTP APIs, as a client sees them: a status and a body, or a transport error. */
@ApplicationScoped
public class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * HTTP/1.1, as curl speaks it: the JDK client otherwise asks the plain-http server to upgrade the connection to HTTP/2
     * (h2c), and Vert.x then fails a later bodiless POST on it with a 500 "Request has already been read".
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json;
    private final CliConfig config;

    public Api(ObjectMapper json, CliConfig config) {
        this.json = json;
        this.config = config;
    }

    /** POSTs a JSON body to core-api, with an Idempotency-Key when given. */
    public Answer post(String path, Object body, Optional<String> idempotencyKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.apiUrl() + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        idempotencyKey.ifPresent(key -> request.header("Idempotency-Key", key));
        return send(request.build());
    }

    /** GETs a path of core-api. */
    public Answer get(String path) throws IOException, InterruptedException {
        return get(URI.create(config.apiUrl() + path));
    }

    public Answer get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build());
    }

    /** POSTs with an empty body, to a worker's operation endpoint. */
    public Answer trigger(URI uri) throws IOException, InterruptedException {
        return trigger(uri, TIMEOUT);
    }

    /** The same, for an operation that answers only when done (a benchmark run). */
    public Answer trigger(URI uri, Duration timeout) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /**
     * Sends {@code method path} to core-api with a JSON body (or none) and the given headers, without waiting: an admin
     * operation may run for an hour, and the caller shows progress meanwhile.
     */
    public CompletableFuture<Answer> sendAsync(String method, String path, Optional<Object> body, Map<String, String> headers,
            Duration timeout) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.apiUrl() + path)).timeout(timeout);
        headers.forEach(request::header);
        if (body.isPresent()) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body.get())));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(this::answer);
    }

    /** Whether a service instance reports ready; an unreachable one is not. */
    public boolean ready(String baseUrl) {
        return up(baseUrl + "/q/health/ready");
    }

    /** Goes on only when core-api reports ready: what a benchmark that writes through it and times it needs first. */
    public void requireCoreApiReady() {
        if (!ready(config.apiUrl())) {
            throw new CommandFailure("core-api is not ready at " + config.apiUrl() + " (./suite up, or set HYBRIDSTORE_CLI_API_URL)");
        }
    }

    /** Polls {@link #ready} until it holds or {@code within} has passed; false then. */
    public boolean awaitReady(String baseUrl, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!ready(baseUrl)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    /** Whether a service instance answers at all (live, maybe not ready); an unreachable one does not. */
    public boolean live(String baseUrl) {
        return up(baseUrl + "/q/health/live");
    }

    private boolean up(String healthUrl) {
        try {
            return get(URI.create(healthUrl)).status() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        return answer(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private Answer answer(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        JsonNode parsed;
        try {
            parsed = body.length == 0 ? json.missingNode() : json.readTree(body);
        } catch (IOException e) {
            parsed = json.missingNode();
        }
        return new Answer(response.statusCode(), parsed, new String(body, StandardCharsets.UTF_8));
    }

    /** {@code path?k=v&...} with the values URL-encoded; null values are left out, a key may repeat. */
    public static String query(String path, String... keysAndValues) {
        StringJoiner params = new StringJoiner("&", "?", "").setEmptyValue("");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                params.add(keysAndValues[i] + "=" + encode(keysAndValues[i + 1]));
            }
        }
        return path + params;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A status and the body read as JSON (a missing node when it is not JSON), and as the text it came as. */
    public record Answer(int status, JsonNode body, String raw) {
        public String text(String field) {
            return body.path(field).asText("");
        }

        /** A refusal in a line: the problem's detail, else its title, else the body as it came. */
        public String why() {
            return !text("detail").isEmpty() ? text("detail") : !text("title").isEmpty() ? text("title") : raw.strip();
        }
    }
}
