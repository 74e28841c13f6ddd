package dev.hybridstore.coreapi.ratelimit;

import dev.hybridstore.platform.problem.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestFilter;

/**
 * Counts each request of one {@link RateLimited} resource method against its limit ({@link RateLimitFeature} registers
 * one per such method, the limit bound then): over the client's budget → 429 with Retry-After (seconds until the window
 * resets) and a problem naming the limit. A limit set to 0 costs nothing, not even a Redis command. The request waits
 * for Redis suspended, never blocking the event loop.
 */
final class RateLimitFilter implements ResteasyReactiveContainerRequestFilter {

    private final Limit limit;
    private final Instance<RateLimitConfig> configs;
    private final Instance<RateLimiter> limiters;
    /**
     * Looked up on the first request: they do not exist yet when the filter is registered. Volatile, limiter written
     * last: an event-loop thread that sees the limiter also sees the config.
     */
    private volatile RateLimitConfig config;
    private volatile RateLimiter limiter;

    RateLimitFilter(Limit limit, Instance<RateLimitConfig> configs, Instance<RateLimiter> limiters) {
        this.limit = limit;
        this.configs = configs;
        this.limiters = limiters;
    }

    @Override
    public void filter(ResteasyReactiveContainerRequestContext context) {
        if (limiter == null) { // two first requests at once look up the same singletons: harmless
            config = configs.get();
            limiter = limiters.get();
        }
        RateLimitConfig config = this.config;
        int allowed = limit.perWindow(config);
        if (allowed <= 0) {
            return;
        }
        HttpServerRequest request = ((ResteasyReactiveRequestContext) context.getServerRequestContext()).serverRequest()
                .unwrap(HttpServerRequest.class);
        String client = ClientId.of(request.getHeader(config.apiKeyHeader()), request.getHeader("X-Forwarded-For"),
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress(), config.trustForwardedFor());
        Window window = Window.at(System.currentTimeMillis(), limit.window());
        context.suspend();
        limiter.count(limit, client, window).subscribe().with(count -> {
            if (count > allowed) {
                limiter.refused(limit);
                context.abortWith(tooMany(limit, allowed, window));
            }
            context.resume();
        }, context::resume);
    }

    static Response tooMany(Limit limit, int allowed, Window window) {
        return Response.fromResponse(problem(limit, allowed, window).toResponse()).header("Retry-After", window.retryAfterSeconds()).build();
    }

    /** The 429's body; also the OpenAPI document's example ({@link RateLimitOpenApi}). */
    static Problem problem(Limit limit, int allowed, Window window) {
        long seconds = limit.window().toSeconds();
        return new Problem("about:blank", "Too Many Requests", 429,
                "Over the " + limit.key() + " limit of " + allowed + " requests per " + (seconds == 1 ? "second" : seconds + " seconds")
                        + " for this client; retry after " + window.retryAfterSeconds() + " s",
                null, List.of(), Map.of("limit", limit.key(), "limit_per_window", allowed, "window_seconds", seconds));
    }
}
