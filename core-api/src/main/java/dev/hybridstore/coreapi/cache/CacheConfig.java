package dev.hybridstore.coreapi.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How core-api treats Redis, its hot storage: never a reason for a request to fail or hang. */
@ConfigMapping(prefix = "hybridstore.cache")
public interface CacheConfig {

    /** A Redis command slower than this counts as an outage; the request carries on with PostgreSQL. */
    @WithDefault("250ms")
    Duration timeout();

    /** While Redis is down, requests skip it and one command per interval probes whether it is back. */
    @WithDefault("1s")
    Duration retryInterval();

    /** Bound of a whole bulk operation (dropping a store's reports walks the keyspace with SCAN). */
    @WithDefault("10s")
    Duration bulkTimeout();

    /** At most one WARN about Redis per period; outages in between (a flapping Redis) are counted, not logged one by one. */
    @WithDefault("60s")
    Duration logQuietPeriod();
}
