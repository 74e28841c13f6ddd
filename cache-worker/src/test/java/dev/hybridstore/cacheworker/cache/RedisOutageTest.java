package dev.hybridstore.cacheworker.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.testsupport.LogCapture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Redis goes away between two cycles and comes back, empty, as after a restart without persistence. */
@QuarkusTest
@QuarkusTestResource(value = OwnRedisServer.class, restrictToAnnotatedClass = true)
class RedisOutageTest extends CacheCycleTest {

    private static final Duration CYCLE_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void cyclesFailWhileRedisIsDownAndResumeWhenItReturns() {
        rows.cycleUntilNothingIsNew(cache);
        OwnRedisServer.down();
        List<String> users = rows.users(40);
        Timestamp before = rows.databaseNow();

        try (LogCapture logs = LogCapture.start()) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> cache.runCycle().await().atMost(CYCLE_TIMEOUT)).isInstanceOf(StoreUnavailable.class);
            }
            assertThat(logs.warnings("dev.hybridstore")).as("one WARN per failed cycle").hasSize(2);
            assertThat(logs.withStackTraces()).isEmpty();
            assertThat(rows.stampedSince(CachedTable.USERS, before)).isEmpty();

            OwnRedisServer.up();
            CycleReport resumed = await().atMost(Duration.ofSeconds(20))
                    .until(() -> cache.runCycle().onFailure().recoverWithNull().await().atMost(CYCLE_TIMEOUT), r -> r != null);

            assertThat(resumed.tables().get(0).fresh()).isEqualTo(users.size());
            assertThat(rows.stampedUsers()).containsExactlyInAnyOrderElementsOf(users);
            assertThat(rows.hashKeys(CachedTable.USERS)).containsAll(users);
            assertThat(logs.records()).anySatisfy(r -> assertThat(LogCapture.text(r)).startsWith("Cache cycle succeeded again after"));
        }
    }
}
