package dev.hybridstore.coreapi.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hybridstore.coreapi.ops.Instances.Scrape;
import dev.hybridstore.coreapi.ops.OpsHistory.Sample;
import dev.hybridstore.coreapi.ops.OpsViews.Snapshot;
import dev.hybridstore.model.kafka.Topics;
import dev.hybridstore.platform.sql.QueryLogConfig;
import io.micrometer.core.instrument.Counter;
import io.quarkus.logging.Log;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ops page's figures. Each comes from where it lives: Kafka (orders accepted, lag, dead letters), PostgreSQL (orders
 * stored, aging backlog, size, slow statements), and the services' meters summed over every instance (core-api's own
 * registry plus the others' /q/metrics). Collected at most once per interval whatever the number of pages polling.
 */
@Singleton
public class OpsService {

    private static final String ORDER_CONSUMER = "order-consumer";
    private static final String CACHE_WORKER = "cache-worker";
    private static final String AI_WORKER = "ai-worker";
    private static final String CORE_API = "core-api";

    private final OpsRepository repository;
    private final KafkaOffsets kafka;
    private final Instances instances;
    private final MeterRegistry registry;
    private final ObjectMapper json;
    private final OpsConfig config;
    private final Duration slowThreshold;
    private final OpsHistory history;
    private final Set<String> enginesDown = ConcurrentHashMap.newKeySet();
    private Snapshot latest;
    private Uni<Snapshot> collecting;

    OpsService(OpsRepository repository, KafkaOffsets kafka, Instances instances, MeterRegistry registry, ObjectMapper json,
            OpsConfig config, QueryLogConfig queryLog) {
        this.repository = repository;
        this.kafka = kafka;
        this.instances = instances;
        this.registry = registry;
        this.json = json;
        this.config = config;
        this.slowThreshold = queryLog.slowThreshold();
        this.history = new OpsHistory(config.window());
    }

    /** The latest snapshot when it is younger than the interval; else the one being collected, or a new one. */
    public synchronized Uni<Snapshot> snapshot() {
        if (latest != null && latest.at().plus(config.sampleInterval()).isAfter(Instant.now())) {
            return Uni.createFrom().item(latest);
        }
        if (collecting == null) {
            collecting = collect().invoke(this::keep).onTermination().invoke(this::collected).memoize().indefinitely();
        }
        return collecting;
    }

    private synchronized void keep(Snapshot snapshot) {
        latest = snapshot;
    }

    private synchronized void collected() {
        collecting = null;
    }

    private Uni<Snapshot> collect() {
        Instant at = Instant.now();
        Uni<Optional<OpsRepository.Figures>> database = orNone("PostgreSQL", repository.figures(slowThreshold));
        Uni<Optional<KafkaOffsets.Offsets>> offsets = orNone("Kafka", kafka.offsets().ifNoItem().after(config.timeout().multipliedBy(2)).fail());
        return Uni.combine().all().unis(database, offsets, scrapes(), embeddings()).asTuple()
                .map(t -> snapshot(at, t.getItem1(), t.getItem2(), t.getItem3(), t.getItem4()));
    }

    /** The engine's figures, or none while it fails; the first failure of an outage is logged once. */
    private <T> Uni<Optional<T>> orNone(String engine, Uni<T> figures) {
        return figures.map(f -> {
            if (enginesDown.remove(engine)) {
                Log.infof("Ops page: %s answers again", engine);
            }
            return Optional.of(f);
        }).onFailure().recoverWithItem(e -> {
            if (enginesDown.add(engine)) {
                Log.warnf("Ops page: %s figures unavailable (%s); shown as down until it answers", engine, e.toString());
            }
            return Optional.empty();
        });
    }

    private Snapshot snapshot(Instant at, Optional<OpsRepository.Figures> db, Optional<KafkaOffsets.Offsets> offsets,
            List<Scrape> scrapes, Optional<OpsViews.Embeddings> embeddings) {
        List<PrometheusText> consumers = up(scrapes, ORDER_CONSUMER);
        List<PrometheusText> peers = up(scrapes, CORE_API);
        List<PrometheusText> all = scrapes.stream().flatMap(s -> s.metrics().stream()).toList();

        double hits = own("hybridstore.coreapi.cache.reads", "hit") + sum(peers, "hybridstore_coreapi_cache_reads_total", "hit");
        double misses = own("hybridstore.coreapi.cache.reads", "miss") + sum(peers, "hybridstore_coreapi_cache_reads_total", "miss");
        double bypasses = own("hybridstore.coreapi.cache.reads", "bypass") + sum(peers, "hybridstore_coreapi_cache_reads_total", "bypass");
        double fallbacks = own("hybridstore.coreapi.redis.fallbacks", null) + sum(peers, "hybridstore_coreapi_redis_fallbacks_total", null);
        double slow = own("hybridstore.db.slow.queries", null) + sum(all, "hybridstore_db_slow_queries_total", null);

        Long accepted = offsets.map(KafkaOffsets.Offsets::ordersWritten).orElse(null);
        Long stored = db.map(OpsRepository.Figures::ordersInserted).orElse(null);
        OpsViews.Lag lag = offsets.map(o -> new OpsViews.Lag(config.consumerGroup(), Topics.ORDERS,
                o.partitions().stream().mapToLong(OpsViews.PartitionLag::lag).sum(), o.partitions())).orElse(null);
        Map<String, Long> aging = db.map(f -> Map.of("users", f.usersUncached(), "products", f.productsUncached())).orElse(null);
        Long embeddingBacklog = embeddings.map(e -> e.backlog().values().stream().mapToLong(Long::longValue).sum()).orElse(null);

        OpsViews.Point point = history.add(new Sample(at, accepted, stored, lag == null ? null : lag.total(),
                offsets.map(KafkaOffsets.Offsets::dlqWritten).orElse(null), hits, misses, fallbacks, slow,
                aging == null ? null : aging.values().stream().mapToLong(Long::longValue).sum(), embeddingBacklog,
                db.map(OpsRepository.Figures::sizeBytes).orElse(null)));

        Map<String, Double> byReason = consumers.isEmpty() ? null : new LinkedHashMap<>();
        consumers.forEach(m -> m.sumBy("hybridstore_orders_dlq_total", "reason").forEach((k, v) -> byReason.merge(k, v, Double::sum)));
        Map<String, Boolean> engines = new LinkedHashMap<>();
        engines.put("postgresql", db.isPresent());
        engines.put("kafka", offsets.isPresent());
        return new Snapshot(at,
                new OpsViews.Orders(accepted, stored, point.acceptedPerSecond(), point.storedPerSecond()),
                lag,
                new OpsViews.Dlq(offsets.map(KafkaOffsets.Offsets::dlqWritten).orElse(null), byReason),
                new OpsViews.Cache(hits, misses, bypasses, point.hitRatio(), fallbacks, point.redisFallbacksPerSecond()),
                aging,
                embeddings.orElse(null),
                new OpsViews.Database(db.map(OpsRepository.Figures::sizeBytes).orElse(null), slow, point.slowQueriesPerSecond(),
                        db.map(OpsRepository.Figures::slowStatements).orElse(null), slowThreshold.toMillis()),
                engines,
                scrapes.stream().map(s -> new OpsViews.Service(s.service(), s.up())).toList(),
                history.points());
    }

    /** Every configured instance of every other service (and core-api's peers), read at once. */
    private Uni<List<Scrape>> scrapes() {
        List<Uni<Scrape>> reads = new ArrayList<>();
        config.orderConsumerUrls().forEach(url -> reads.add(instances.metrics(ORDER_CONSUMER, url)));
        config.cacheWorkerUrls().forEach(url -> reads.add(instances.metrics(CACHE_WORKER, url)));
        config.aiWorkerUrls().forEach(url -> reads.add(instances.metrics(AI_WORKER, url)));
        config.coreApiPeerUrls().orElse(List.of()).forEach(url -> reads.add(instances.metrics(CORE_API, url)));
        return reads.isEmpty() ? Uni.createFrom().item(List.of()) : Uni.join().all(reads).andFailFast();
    }

    /** ai-worker counts the backlog in PostgreSQL, so one instance's answer is the whole: the first that answers. */
    private Uni<Optional<OpsViews.Embeddings>> embeddings() {
        return Multi.createFrom().iterable(config.aiWorkerUrls())
                .onItem().transformToUniAndConcatenate(url -> instances.get(url + "/embeddings/status"))
                .filter(Optional::isPresent).map(Optional::get)
                .toUni().map(body -> Optional.ofNullable(body).flatMap(this::embeddings));
    }

    private Optional<OpsViews.Embeddings> embeddings(String body) {
        try {
            JsonNode status = json.readTree(body);
            Map<String, Long> backlog = new LinkedHashMap<>();
            status.path("backlog").fields().forEachRemaining(e -> backlog.put(e.getKey(), e.getValue().asLong()));
            return Optional.of(new OpsViews.Embeddings(backlog, status.path("failed").asLong()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static List<PrometheusText> up(List<Scrape> scrapes, String service) {
        return scrapes.stream().filter(s -> s.service().equals(service)).flatMap(s -> s.metrics().stream()).toList();
    }

    private static double sum(List<PrometheusText> pages, String name, String result) {
        Map<String, String> match = result == null ? Map.of() : Map.of("result", result);
        return pages.stream().mapToDouble(p -> p.sum(name, match)).sum();
    }

    /** This instance's own counter, summed over its tags ({@code result} when given). */
    private double own(String name, String result) {
        var search = registry.find(name);
        if (result != null) {
            search = search.tag("result", result);
        }
        return search.counters().stream().mapToDouble(Counter::count).sum();
    }
}
