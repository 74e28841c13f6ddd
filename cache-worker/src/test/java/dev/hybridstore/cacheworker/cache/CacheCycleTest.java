package dev.hybridstore.cacheworker.cache;

import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test of the cache cycle that owns its users and products: fresh fixtures for each test, removed after it. */
abstract class CacheCycleTest {

    @Inject
    CacheService cache;
    @Inject
    RedisDataSource redis;

    CacheFixtures rows;

    @BeforeEach
    void ownRows() {
        rows = new CacheFixtures(getClass().getSimpleName().replaceAll("[^A-Z]", ""), fixturesRedis());
    }

    /** The Redis whose entries of these rows are removed afterwards; null for a test that runs with Redis unreachable. */
    RedisDataSource fixturesRedis() {
        return redis;
    }

    @AfterEach
    void dropOwnRows() {
        rows.close();
    }

    /** Users' cache entries with the given ids, as a cycle hands them to the window. */
    static List<CacheEntry> entries(String... ids) {
        return Arrays.stream(ids).map(id -> new CacheEntry(id, "{\"user_id\":\"" + id + "\"}", true)).toList();
    }
}
