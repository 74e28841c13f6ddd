package dev.hybridstore.orderconsumer.order;

import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.platform.redis.KeysByPattern;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Seed 002's write-through for orders: once orders are stored, the daily reports of their stores and days are dropped
 * so core-api recomputes them on the next read. Report categories belong to core-api, so keys are found by pattern:
 * one SCAN per day in the batch (narrowed to the store when only one is touched; on every master of a cluster), then
 * DEL in chunks: a report is a short string, freed at once either way, and the cluster client splits a DEL of keys in
 * several slots into one per slot, where an UNLINK fails with CROSSSLOT.
 */
@Singleton
public class ReportInvalidator {

    private static final int SCAN_COUNT = 1000;
    private static final int DEL_CHUNK = 500;

    private final ReactiveKeyCommands<String> keys;
    private final KeysByPattern matching;
    private final RedisAvailability redis;

    ReportInvalidator(ReactiveRedisDataSource redisDataSource, KeysByPattern matching, RedisAvailability redis) {
        this.keys = redisDataSource.key(String.class);
        this.matching = matching;
        this.redis = redis;
    }

    /** Drops the touched reports; never fails: with Redis down the orders are stored anyway and the reports expire. */
    public Uni<Void> invalidate(Set<StoreDay> touched) {
        if (touched.isEmpty() || !redis.worthTrying()) {
            return Uni.createFrom().voidItem();
        }
        Map<LocalDate, Set<Long>> storesByDay = touched.stream()
                .collect(Collectors.groupingBy(StoreDay::date, Collectors.mapping(StoreDay::storeId, Collectors.toSet())));
        return Multi.createFrom().iterable(storesByDay.entrySet())
                .onItem().transformToUniAndConcatenate(day -> drop(day.getKey(), day.getValue()))
                .collect().last()
                .invoke(redis::succeeded)
                .onFailure().recoverWithItem(failure -> {
                    redis.failed("dropping report keys", failure);
                    return null;
                })
                .replaceWithVoid();
    }

    private Uni<Void> drop(LocalDate day, Set<Long> stores) {
        String pattern = stores.size() == 1 ? RedisKeys.reportPattern(stores.iterator().next(), day)
                : RedisKeys.composite(RedisKeys.REPORT, "*", day, "*");
        Set<String> prefixes = stores.stream().map(s -> RedisKeys.reportPattern(s, day))
                .map(p -> p.substring(0, p.length() - 1)).collect(Collectors.toSet());
        return matching.scan(pattern, SCAN_COUNT)
                .select().where(key -> prefixes.stream().anyMatch(key::startsWith))
                .group().intoLists().of(DEL_CHUNK)
                .onItem().transformToUniAndConcatenate((List<String> chunk) -> keys.del(chunk.toArray(String[]::new)))
                .collect().last()
                .replaceWithVoid();
    }
}
