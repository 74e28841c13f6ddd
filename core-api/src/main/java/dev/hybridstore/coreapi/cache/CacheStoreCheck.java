package dev.hybridstore.coreapi.cache;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Redis in core-api's readiness. It stands in for Quarkus' Redis check (disabled in application.properties), which goes
 * DOWN with Redis: a balancer then stops sending requests to every instance at once, during a Redis Cluster failover
 * too, although each request would be served from PostgreSQL. So this check stays UP and says which store serves; the
 * outage shows in {@code hybridstore_coreapi_redis_fallbacks_total} and its alert. The PING goes through the guard, so
 * a probe is bounded by the cache's timeout and marks the outage for the requests as well.
 */
@Readiness
@Singleton
public class CacheStoreCheck implements AsyncHealthCheck {

    static final String NAME = "redis";

    @Inject
    ReactiveRedisDataSource redis;
    @Inject
    RedisGuard guard;

    @Override
    public Uni<HealthCheckResponse> call() {
        return guard.call(() -> redis.execute("PING").map(pong -> true), false)
                .map(up -> HealthCheckResponse.named(NAME).up()
                        .withData("serving", up ? "Redis" : "PostgreSQL: Redis is unavailable, reads skip the cache")
                        .build());
    }
}
