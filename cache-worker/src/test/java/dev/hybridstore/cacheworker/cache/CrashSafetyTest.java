package dev.hybridstore.cacheworker.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The worker's database connection dies between the Redis write and the stamp: the test holds a SHARE lock on users,
 * which lets the pick through but makes the stamp wait, then terminates the waiting backend.
 */
@QuarkusTest
class CrashSafetyTest extends CacheCycleTest {

    @Test
    void aCrashBetweenCachingAndStampingStampsNothingAndTheNextCycleCachesTheRows() throws Exception {
        rows.cycleUntilNothingIsNew(cache);
        List<String> users = rows.users(300); // the only new users: all of them are in the next pick
        Timestamp before = rows.databaseNow();

        CompletableFuture<CycleReport> crashed;
        try (Connection blocker = Migrations.connect(RealServices.endpoints().databaseUrl())) {
            blocker.setAutoCommit(false);
            try (Statement st = blocker.createStatement()) {
                st.execute("LOCK TABLE users IN SHARE MODE");
            }
            crashed = cache.runCycle().subscribeAsCompletionStage();
            int stamper = await().atMost(Duration.ofSeconds(20)).until(() -> waitingStamp(rows.connection()), Optional::isPresent).get();

            // The pick's rows are in Redis already, and the stamp has not happened.
            assertThat(rows.hashKeys(CachedTable.USERS)).containsAll(users);
            terminate(rows.connection(), stamper);
            blocker.rollback();
        }

        assertThat(crashed).failsWithin(20, TimeUnit.SECONDS).withThrowableThat().havingCause()
                .isInstanceOf(StoreUnavailable.class).withMessageContaining("users: PostgreSQL unavailable");
        assertThat(rows.stampedSince(CachedTable.USERS, before)).as("users stamped by the crashed cycle").isEmpty();
        // Products have their own transaction, which the crash did not touch: what it stamped, it cached.
        assertThat(rows.hashKeys(CachedTable.PRODUCTS)).containsAll(rows.stampedSince(CachedTable.PRODUCTS, before));

        CycleReport next = cache.runCycle().await().atMost(Duration.ofSeconds(30));

        assertThat(next.tables().get(0).fresh()).isEqualTo(users.size());
        assertThat(rows.stampedUsers()).containsExactlyInAnyOrderElementsOf(users);
        assertThat(rows.hashKeys(CachedTable.USERS)).containsAll(users);
    }

    /** The backend of the cycle's stamp, once it waits for the test's table lock (seen from another connection). */
    private static Optional<Integer> waitingStamp(Connection db) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("""
                SELECT pid FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE users SET last_cached_at%'""");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
        }
    }

    private static void terminate(Connection db, int pid) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT pg_terminate_backend(?)")) {
            st.setInt(1, pid);
            st.execute();
        }
    }
}
