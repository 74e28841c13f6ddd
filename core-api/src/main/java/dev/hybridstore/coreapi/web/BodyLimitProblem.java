package dev.hybridstore.coreapi.web;

import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.platform.problem.Problem;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Oversized bodies get a problem body too. Vert.x rejects them before JAX-RS (Quarkus's own route answers an empty 413),
 * so no exception mapper ever sees them. This route runs just before Quarkus's check: a declared Content-Length over the
 * limit is answered at once; a body without a declared length (chunked) is read here with the same limit, and the failure
 * handler answers when it overflows. JAX-RS then uses the body read here.
 */
@Singleton
public class BodyLimitProblem {

    /** Quarkus's max-body-size route has order -2; this one must come first. */
    static final int ORDER = -3;
    /** Methods whose body may come without a declared length (chunked, or HTTP/2 frames); reads (GET) never pay for this. */
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final long limit;
    private final Buffer body;
    private final BodyHandler chunkedBodies;

    BodyLimitProblem(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) throws Exception {
        this.limit = limit.asLongValue();
        this.body = Buffer.buffer(Json.MAPPER.writeValueAsBytes(Problem.of(413, "Content Too Large",
                "The body is larger than the limit of " + this.limit + " bytes", List.of())));
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.limit);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkDeclaredLength);
        router.route().order(ORDER).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                reject(ctx);
            } else {
                ctx.next();
            }
        });
    }

    private void checkDeclaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > limit) {
            reject(ctx);
        } else if (length == null && BODY_METHODS.contains(ctx.request().method())) {
            chunkedBodies.handle(ctx);
        } else {
            ctx.next();
        }
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // Quarkus's own handling decides about a malformed length
        }
    }

    /** Answers and closes the connection, as Quarkus does: the rest of the body is never read. */
    private void reject(RoutingContext ctx) {
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(body)
                .onComplete(done -> ctx.request().connection().close());
    }
}
