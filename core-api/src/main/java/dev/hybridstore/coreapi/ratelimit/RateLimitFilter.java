package dev.hybridstore.coreapi.ratelimit;

import dev.hybridstore.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the {@link RateLimited} limit of the matched resource method: over the client's budget → 429 with Retry-After
 * (seconds until the window resets) and a problem naming the limit. Unlimited routes and limits set to 0 cost nothing,
 * not even a Redis command.
 */
public class RateLimitFilter {

    private final RateLimitConfig config;
    private final RateLimiter limiter;

    RateLimitFilter(RateLimitConfig config, RateLimiter limiter) {
        this.config = config;
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ResourceInfo resource, HttpServerRequest request) {
        RateLimited marked = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (marked == null || marked.value().perWindow(config) <= 0) {
            return null;
        }
        Limit limit = marked.value();
        int allowed = limit.perWindow(config);
        String client = ClientId.of(request.getHeader(config.apiKeyHeader()), request.getHeader("X-Forwarded-For"),
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress(), config.trustForwardedFor());
        Window window = Window.at(System.currentTimeMillis(), limit.window());
        return limiter.count(limit, client, window).map(count -> {
            if (count <= allowed) {
                return null;
            }
            limiter.refused(limit);
            return tooMany(limit, allowed, window);
        });
    }

    static Response tooMany(Limit limit, int allowed, Window window) {
        long seconds = limit.window().toSeconds();
        Problem problem = new Problem("about:blank", "Too Many Requests", 429,
                "Over the " + limit.key() + " limit of " + allowed + " requests per " + (seconds == 1 ? "second" : seconds + " seconds")
                        + " for this client; retry after " + window.retryAfterSeconds() + " s",
                null, List.of(), Map.of("limit", limit.key(), "limit_per_window", allowed, "window_seconds", seconds));
        return Response.fromResponse(problem.toResponse()).header("Retry-After", window.retryAfterSeconds()).build();
    }
}
