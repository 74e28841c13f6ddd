package dev.hybridstore.aiworker.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hybridstore.model.kafka.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible /v1/embeddings endpoint on 127.0.0.1 for tests: it answers with scripted failures first
 * (status, optional delay), then with vectors derived from each input's text.
 */
final class StubEmbeddingsApi implements AutoCloseable {

    record Reply(int status, long delayMillis) {
    }

    /** One request as received. */
    record Received(String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final int dimension;
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Reply always;

    StubEmbeddingsApi(int dimension) {
        this.dimension = dimension;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/embeddings", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/embeddings";
    }

    /** The next requests get these replies, in order; then success. */
    void failNext(int... statuses) {
        for (int status : statuses) {
            script.add(new Reply(status, 0));
        }
    }

    void delayNext(long millis) {
        script.add(new Reply(200, millis));
    }

    /** Every request gets this reply until {@link #reset()}. */
    void failAlways(int status) {
        always = new Reply(status, 0);
    }

    void reset() {
        script.clear();
        received.clear();
        always = null;
    }

    List<Received> received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
        received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
        Reply reply = always != null ? always : script.poll();
        if (reply != null && reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis()); // the stub plays a slow server; the client under test must time out
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (reply != null && reply.status() != 200) {
            respond(exchange, reply.status(), "{\"error\":{\"message\":\"scripted " + reply.status() + "\",\"type\":\"test\"}}");
            return;
        }
        ObjectNode out = Json.MAPPER.createObjectNode().put("object", "list").put("model", body.path("model").asText());
        ArrayNode data = out.putArray("data");
        JsonNode inputs = body.path("input");
        for (int i = 0; i < inputs.size(); i++) {
            ArrayNode vector = data.addObject().put("object", "embedding").put("index", i).putArray("embedding");
            String text = inputs.get(i).asText();
            for (int d = 0; d < dimension; d++) {
                vector.add(((text.hashCode() >>> (d % 31)) & 0xff) / 255.0 + d * 1e-4);
            }
        }
        respond(exchange, 200, out.toString());
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the client gave up (timeout) before the reply: nothing left to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
