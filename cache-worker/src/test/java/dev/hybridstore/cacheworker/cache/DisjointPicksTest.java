package dev.hybridstore.cacheworker.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.platform.sql.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DisjointPicksTest extends CacheCycleTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Sql sql;
    @Inject
    AgingRepository repository;

    @Test
    void aPickWhileAnotherTransactionHoldsItsPickGetsOtherRows() {
        rows.users(800);
        rows.cycleUntilNothingIsNew(cache); // some users aged, then new ones: both halves of the pick are exercised
        rows.users(400);

        // The second transaction picks while the first still holds its locks, as a second worker would. Were it to wait
        // for those locks instead of skipping them, the lock timeout fails it rather than leaving the test hanging.
        List<List<CacheEntry>> picks = sql.transaction(first -> repository.pick(first, CachedTable.USERS, 300, 300)
                        .chain(firstPick -> sql.transaction(second -> second.execute("SET LOCAL lock_timeout = '5s'", Tuple.tuple())
                                        .chain(() -> repository.pick(second, CachedTable.USERS, 300, 300)))
                                .map(secondPick -> List.of(firstPick, secondPick))))
                .await().atMost(TIMEOUT);

        Set<String> first = ids(picks.get(0));
        Set<String> second = ids(picks.get(1));
        assertThat(first).hasSize(picks.get(0).size()).isNotEmpty();
        assertThat(second).hasSize(picks.get(1).size()).isNotEmpty();
        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(picks.get(0).stream().filter(CacheEntry::fresh)).hasSize(300);
        assertThat(picks.get(1).stream().filter(CacheEntry::fresh)).as("the 100 new rows the first pick left").hasSize(100);
    }

    @Test
    void twoCyclesRunningAtOnceStampEachRowOnce() {
        rows.users(1_100);
        rows.products(1_100);
        long users0 = rows.neverCached(CachedTable.USERS);
        long products0 = rows.neverCached(CachedTable.PRODUCTS);

        List<CycleReport> reports = Uni.join().all(cache.runCycle(), cache.runCycle()).andFailFast().await().atMost(TIMEOUT);

        // Had both cycles taken the same new rows, fewer rows would have left the backlog than they report as new.
        long usersFresh = reports.stream().mapToLong(r -> r.tables().get(0).fresh()).sum();
        long productsFresh = reports.stream().mapToLong(r -> r.tables().get(1).fresh()).sum();
        assertThat(usersFresh).isEqualTo(Math.min(1_000, users0));
        assertThat(users0 - rows.neverCached(CachedTable.USERS)).isEqualTo(usersFresh);
        assertThat(productsFresh).isEqualTo(Math.min(1_000, products0));
        assertThat(products0 - rows.neverCached(CachedTable.PRODUCTS)).isEqualTo(productsFresh);
    }

    private static Set<String> ids(List<CacheEntry> pick) {
        return pick.stream().map(CacheEntry::id).collect(Collectors.toSet());
    }
}
