package dev.hybridstore.coreapi.admin.stats;

import dev.hybridstore.coreapi.admin.AdminConfig;
import dev.hybridstore.coreapi.admin.DatabaseRepository;
import dev.hybridstore.coreapi.admin.Databases;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seed 004's health_check and get_table_stats, on the reactive pool (event loop, no blocking). */
@Singleton
public class DbStatsService {

    private final DbStatsRepository repository;
    private final DatabaseRepository catalog;
    private final Databases databases;
    private final MeterRegistry registry;
    private final List<String> schemas;
    private final String environment;
    private final int poolMaxSize;

    DbStatsService(DbStatsRepository repository, DatabaseRepository catalog, Databases databases, MeterRegistry registry,
            AdminConfig config, @ConfigProperty(name = "hybridstore.environment") String environment,
            @ConfigProperty(name = "quarkus.datasource.reactive.max-size") int poolMaxSize) {
        this.repository = repository;
        this.catalog = catalog;
        this.databases = databases;
        this.registry = registry;
        this.schemas = config.schemas();
        this.environment = environment;
        this.poolMaxSize = poolMaxSize;
    }

    public Uni<DbStatsViews.Health> health() {
        long start = System.nanoTime();
        return repository.ping()
                .map(ok -> (System.nanoTime() - start) / 10_000 / 100.0)
                .chain(latency -> Uni.combine().all().unis(repository.server(), catalog.extensions(),
                                catalog.markedProduction(databases.appDatabase())).asTuple()
                        .map(t -> {
                            DbStatsViews.Server server = t.getItem1();
                            return new DbStatsViews.Health(true, latency, server.database(), server.version(),
                                    server.replica() ? "replica" : "primary", server.sizeBytes(), t.getItem2(), pool(server),
                                    environment, "production".equalsIgnoreCase(environment) || t.getItem3(), slowQueries(), null);
                        }))
                .onFailure().recoverWithItem(e -> new DbStatsViews.Health(false, null, databases.appDatabase(), null, null, null, null,
                        null, environment, null, slowQueries(), e.getMessage()));
    }

    public Uni<DbStatsViews.Tables> tables() {
        return repository.tables(schemas).map(t -> new DbStatsViews.Tables(databases.appDatabase(), t));
    }

    private DbStatsViews.Pool pool(DbStatsViews.Server server) {
        return new DbStatsViews.Pool(poolMaxSize, gauge("sql.pool.active"), gauge("sql.pool.idle"), gauge("sql.pool.queue.size"),
                server.applicationName(), server.ourConnections(), server.connections(), server.maxConnections());
    }

    /** A Vert.x SQL pool gauge, summed over pools; null when Micrometer does not publish it. */
    private Double gauge(String name) {
        var gauges = registry.find(name).gauges();
        return gauges.isEmpty() ? null : gauges.stream().mapToDouble(Gauge::value).sum();
    }

    private double slowQueries() {
        Counter counter = registry.find("hybridstore.db.slow.queries").counter();
        return counter == null ? 0 : counter.count();
    }
}
