package dev.hybridstore.cli.db;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server answering admin calls with answers recorded from core-api (test resources under admin/), and
 * keeping every request it got: the CLI's HTTP mapping and output are checked against it.
 */
public final class FakeAdminApi implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    /** What to answer to {@code METHOD path?query}; {@code beforeAnswer} runs first (e.g. a long operation's log lines). */
    record Reply(int status, String contentType, String body, Runnable beforeAnswer) {
    }

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public FakeAdminApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code call} ("GET /admin/db/health") with a recorded JSON file of src/test/resources/admin. */
    FakeAdminApi answer(String call, int status, String recorded) {
        return answer(call, new Reply(status, status < 400 ? "application/json" : "application/problem+json", resource(recorded), () -> {
        }));
    }

    FakeAdminApi answer(String call, Reply reply) {
        replies.put(call, reply);
        return this;
    }

    static String resource(String name) {
        try (InputStream in = FakeAdminApi.class.getResourceAsStream("/admin/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded answer admin/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestMethod() + " " + exchange.getRequestURI();
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers(exchange),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Reply reply = replies.getOrDefault(call, new Reply(404, "text/plain", "no recorded answer for " + call, () -> {
        }));
        reply.beforeAnswer().run();
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(exchange.getRequestHeaders());
        return headers;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
