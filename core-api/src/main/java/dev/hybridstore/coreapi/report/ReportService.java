package dev.hybridstore.coreapi.report;

import dev.hybridstore.coreapi.cache.CacheAside;
import dev.hybridstore.coreapi.store.StoreService;
import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Seed 002's daily store reports: computed by SQL from the store's orders of that day, cached under
 * {@code report:{store_id}:{date}:{category}} for 24 h (past days) or 10 min (today, still changing).
 */
@ApplicationScoped
public class ReportService {

    @Inject
    ReportRepository reports;
    @Inject
    ReportCache cache;
    @Inject
    StoreService stores;
    @Inject
    ReportConfig config;

    /** The response body: {@code {"cached": …, "report": {…}}}, the cached JSON embedded as it is, without re-parsing. */
    public Uni<String> report(long storeId, LocalDate date, ReportCategory category) {
        LocalDate today = LocalDate.now(config.zone());
        if (date.isAfter(today)) {
            throw ProblemException.invalidField("date", date + " is in the future (today is " + today + " in " + config.zone() + ")");
        }
        String key = RedisKeys.report(storeId, date, category.key());
        Duration ttl = date.equals(today) ? config.todayTtl() : config.pastDayTtl();
        return cache.get(key).chain(cached -> cached != null
                ? Uni.createFrom().item(body(true, cached))
                : compute(storeId, date, category, ttl).call(json -> cache.put(key, json, ttl)).map(json -> body(false, json)));
    }

    /** How many cached reports of the store were dropped. */
    public Uni<Integer> dropCached(long storeId) {
        return stores.requireExists(storeId).chain(() -> cache.dropStore(storeId))
                .invoke(dropped -> Log.infof("Dropped %d cached reports of store %d", dropped, storeId));
    }

    private Uni<String> compute(long storeId, LocalDate date, ReportCategory category, Duration ttl) {
        Uni<? extends ReportData> figures = switch (category) {
            case SALES -> reports.sales(storeId, date);
            case ORDERS -> reports.orders(storeId, date);
            case PRODUCTS -> reports.products(storeId, date, config.topProducts());
        };
        Instant now = Instant.now();
        return stores.requireExists(storeId).chain(() -> figures)
                .map(data -> CacheAside.toJson(new Report(storeId, date, category.key(), now, now.plus(ttl), data)));
    }

    private static String body(boolean cached, String reportJson) {
        return "{\"cached\":" + cached + ",\"report\":" + reportJson + "}";
    }
}
