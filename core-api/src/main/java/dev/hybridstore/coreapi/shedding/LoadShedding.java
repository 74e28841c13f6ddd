package dev.hybridstore.coreapi.shedding;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.platform.problem.Problem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.load.shedding.runtime.OverloadDetector;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Under overload, refuses new API requests at once with a 503 problem and Retry-After, so admitted requests keep their
 * latency instead of all of them queueing. Overload is quarkus-load-shedding's adaptive concurrency limit (TCP Vegas on
 * request latency). /q/ (health, metrics) is never shed nor counted: probes must see the truth and are cheap.
 */
@Singleton
public class LoadShedding {

    /** Where quarkus-load-shedding's own handler would be: after the platform's refusals, before any work. */
    static final int ORDER = -1_000_000_000;

    private final SheddingConfig config;
    private final OverloadDetector detector;
    private final Counter shed;
    private final Buffer body;

    LoadShedding(SheddingConfig config, OverloadDetector detector, MeterRegistry registry) {
        this.config = config;
        this.detector = detector;
        this.shed = Counter.builder("hybridstore.coreapi.load.shed")
                .description("Requests refused with 503 because core-api was overloaded").register(registry);
        try {
            this.body = Buffer.buffer(Json.MAPPER.writeValueAsBytes(problem(config.retryAfterSeconds())));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    void install(@Observes Router router) {
        if (config.enabled()) {
            router.route().order(ORDER).handler(this::admit);
        }
    }

    private void admit(RoutingContext ctx) {
        if (exempt(ctx.normalizedPath())) {
            ctx.next();
        } else if (detector.isOverloaded()) {
            shed.increment();
            ctx.response().setStatusCode(503).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", Integer.toString(config.retryAfterSeconds())).end(body);
        } else {
            detector.requestBegin();
            long start = System.nanoTime();
            ctx.addEndHandler(done -> detector.requestEnd((System.nanoTime() - start) / 1000));
            ctx.next();
        }
    }

    /** The 503's body; also the OpenAPI document's example ({@link SheddingOpenApi}). */
    static Problem problem(int retryAfterSeconds) {
        return Problem.of(503, "Service Unavailable",
                "The server is overloaded and refused this request before doing any work; retry after " + retryAfterSeconds + " s", List.of());
    }

    static boolean exempt(String path) {
        return path.equals("/q") || path.startsWith("/q/");
    }
}
