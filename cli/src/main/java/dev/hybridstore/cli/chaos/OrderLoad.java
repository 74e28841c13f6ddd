package dev.hybridstore.cli.chaos;

import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.http.Api.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Order clients at a paced rate. Logical order n is tagged by its shipping_cost (n), so the stored rows of one logical
 * order can be counted however many ids it got. Even n carry a client-chosen order_id; odd n let the server pick the
 * id and send an Idempotency-Key. Both retry on a 503 or a transport error, with the same id or key, until a 202 or a
 * 4xx, or until they give up, as a careful client would.
 */
final class OrderLoad {

    private static final Duration GIVE_UP = Duration.ofSeconds(120);

    private final Api api;
    private final String run;
    private final String userId;
    private final String productId;
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final PacedThreads clients = new PacedThreads();
    final LongAdder refused = new LongAdder();
    final LongAdder unknown = new LongAdder();
    final LongAdder otherServerErrors = new LongAdder();
    final LongAdder transportErrors = new LongAdder();
    final UnexpectedAnswers unexpected = new UnexpectedAnswers();

    OrderLoad(Api api, String run, String userId, String productId) {
        this.api = api;
        this.run = run;
        this.userId = userId;
        this.productId = productId;
    }

    void start(int clientCount, int perSecond) {
        clients.start("orders", clientCount, perSecond, () -> outcomes.add(place(next.incrementAndGet())));
    }

    /** Stops taking new orders; orders already begun finish their retries. */
    List<Outcome> stop() throws InterruptedException {
        clients.stop();
        return List.copyOf(outcomes);
    }

    private Outcome place(int n) {
        boolean clientId = n % 2 == 0;
        Map<String, Object> body = new LinkedHashMap<>();
        if (clientId) {
            body.put("order_id", run + "-" + n);
        }
        body.put("user_id", userId);
        body.put("product_id", productId);
        body.put("quantity", 1);
        body.put("shipping_cost", n);
        Optional<String> key = clientId ? Optional.empty() : Optional.of(run + "-" + n);
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        String last = null;
        long backoff = Duration.ofMillis(100).toNanos();
        int attempts = 0;
        while (System.nanoTime() < giveUp) {
            attempts++;
            try {
                Answer answer = api.post("/api/orders", body, key);
                if (answer.status() == 202) {
                    return new Outcome(n, clientId, answer.text("order_id"), attempts, last);
                }
                if (answer.status() == 503) {
                    last = "unknown".equals(answer.text("outcome")) ? "unknown" : "refused";
                    (last.equals("unknown") ? unknown : refused).increment();
                } else if (answer.status() >= 500) {
                    last = "5xx";
                    otherServerErrors.increment();
                    unexpected.add("POST /api/orders", answer);
                } else {
                    return new Outcome(n, clientId, null, attempts, "http " + answer.status());
                }
            } catch (IOException e) {
                last = "transport";
                transportErrors.increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            LockSupport.parkNanos(backoff);
            backoff = Math.min(backoff * 2, Duration.ofSeconds(2).toNanos());
        }
        return new Outcome(n, clientId, null, attempts, last);
    }

    /** What became of logical order n: the id it was accepted under (null if never), and the last failure seen. */
    record Outcome(int n, boolean clientId, String acceptedId, int attempts, String lastFailure) {
        boolean accepted() {
            return acceptedId != null;
        }
    }
}
