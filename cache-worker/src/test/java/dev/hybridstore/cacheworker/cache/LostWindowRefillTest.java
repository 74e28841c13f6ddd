package dev.hybridstore.cacheworker.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.model.commerce.User;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.testsupport.ConfigProfile;
import dev.hybridstore.testsupport.LogCapture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The test's own Redis restarts and comes back empty, as one without persistence does, while PostgreSQL still says the
 * window's rows are cached. The schedule runs with its real loss check but a cycle interval of an hour, so only the
 * check can refill the window in time; the small window tells a whole-window refill from an ordinary cycle (40 rows).
 */
@QuarkusTest
@TestProfile(LostWindowRefillTest.ScheduleOnSmallWindow.class)
@QuarkusTestResource(value = OwnRedisServer.class, restrictToAnnotatedClass = true)
class LostWindowRefillTest extends CacheCycleTest {

    static final int WINDOW = 100;

    public static class ScheduleOnSmallWindow extends ConfigProfile {
        public ScheduleOnSmallWindow() {
            super("quarkus.scheduler.enabled", "true",
                    "hybridstore.cache.window-size", Integer.toString(WINDOW),
                    "hybridstore.cache.new-batch", "20",
                    "hybridstore.cache.old-batch", "20");
        }
    }

    @Test
    void aWindowRedisLostIsRefilledWithinSecondsWithTheNewRowsThenTheRowsCachedLongestAgo() {
        rows.users(3 * WINDOW);
        rows.products(3 * WINDOW);
        rows.cycleUntilNothingIsNew(cache); // every row stamped, over several cycles: the stamps differ
        Set<String> newUsers = new HashSet<>(rows.users(5));
        newUsers.removeAll(rows.stampedUsers());
        Map<String, LocalDateTime> usersBefore = rows.stamps(CachedTable.USERS);
        Map<String, LocalDateTime> productsBefore = rows.stamps(CachedTable.PRODUCTS);
        Timestamp lost = rows.databaseNow();

        try (LogCapture logs = LogCapture.start()) {
            OwnRedisServer.down();
            OwnRedisServer.up();

            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> rows.hashSize(CachedTable.USERS) == WINDOW
                    && rows.hashSize(CachedTable.PRODUCTS) == WINDOW);

            for (CachedTable table : CachedTable.values()) {
                assertThat(logs.records()).as("INFO naming the loss of %s", table.label())
                        .anySatisfy(r -> assertThat(LogCapture.text(r))
                                .startsWith("Redis lost the " + table.label() + " window: " + table.hash() + " is missing"));
            }
            assertThat(logs.withStackTraces()).isEmpty();
        }
        Set<String> users = rows.hashKeys(CachedTable.USERS);
        Set<String> products = rows.hashKeys(CachedTable.PRODUCTS);
        assertThat(rows.stampedSince(CachedTable.USERS, lost)).as("users stamped by the refill").isEqualTo(users);
        assertThat(rows.stampedSince(CachedTable.PRODUCTS, lost)).as("products stamped by the refill").isEqualTo(products);
        assertThat(users).containsAll(newUsers);
        assertCachedLongestAgo(users, usersBefore);
        assertCachedLongestAgo(products, productsBefore);
        redis.hash(String.class).hgetall(CachedTable.USERS.hash())
                .forEach((id, json) -> assertThat(readUser(json).userId()).isEqualTo(id));
    }

    /** Apart from the never-cached rows, the refill took rows stamped no later than any row it left out. */
    private static void assertCachedLongestAgo(Set<String> refilled, Map<String, LocalDateTime> before) {
        LocalDateTime newestTaken = refilled.stream().map(before::get).filter(Objects::nonNull)
                .max(LocalDateTime::compareTo).orElseThrow();
        List<LocalDateTime> left = before.entrySet().stream().filter(e -> !refilled.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        assertThat(left).as("rows the refill left out").doesNotContainNull()
                .allSatisfy(stamp -> assertThat(stamp).isAfterOrEqualTo(newestTaken));
    }

    private static User readUser(String json) {
        try {
            return Json.MAPPER.readValue(json, User.class);
        } catch (Exception e) {
            throw new AssertionError("not a user: " + json, e);
        }
    }
}
