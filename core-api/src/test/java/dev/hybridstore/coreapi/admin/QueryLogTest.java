package dev.hybridstore.coreapi.admin;

import static dev.hybridstore.coreapi.admin.AdminApi.admin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.platform.sql.QueryLog;
import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.testsupport.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;

/** Seed 004 §12: slow statements are logged and counted (§12.2); the development switch logs every one (§12.1). */
@QuarkusTest
@TestProfile(QueryLogTest.EveryStatement.class)
class QueryLogTest {

    public static class EveryStatement implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = AdminProfiles.enabled();
            config.put("DB_LOG_STATEMENTS", "true");
            return config;
        }
    }

    @Inject
    Sql sql;

    @Test
    void aSlowStatementIsLoggedAtWarnWithoutParametersAndCounted() {
        Logged logged = run("SELECT pg_sleep(0.6), $1::text AS secret", "do-not-log-me", Duration.ofSeconds(30));

        assertThat(logged.lines()).anySatisfy(line(Level.WARNING, "Slow query (", "SELECT pg_sleep(0.6)", "do-not-log-me"));
        assertThat(logged.slowQueriesAdded()).isEqualTo(1);
    }

    @Test
    void withTheSwitchOnEveryStatementIsLoggedAtInfoWithoutParametersAndNotCountedAsSlow() {
        Logged logged = run("SELECT $1::text AS secret, 42 AS answer", "do-not-log-me-either", Duration.ofSeconds(5));

        assertThat(logged.lines())
                .anySatisfy(line(Level.INFO, "Query (", "SELECT $1::text AS secret, 42 AS answer", "do-not-log-me-either"));
        assertThat(logged.slowQueriesAdded()).isZero();
    }

    /** What running a statement did: QueryLog's lines while it ran, and how many slow queries the health page added. */
    private record Logged(List<LogRecord> lines, double slowQueriesAdded) {
    }

    /** Runs the statement with a secret as its one parameter. */
    private Logged run(String statement, String secret, Duration within) {
        double before = slowQueries();
        List<LogRecord> lines;
        try (LogCapture capture = LogCapture.start()) {
            sql.fetchOne(statement, Tuple.of(secret), r -> 1).await().atMost(within);
            lines = capture.records().stream().filter(r -> QueryLog.class.getName().equals(r.getLoggerName())).toList();
        }
        return new Logged(lines, slowQueries() - before);
    }

    /** A line at the level that starts so and shows the statement, but not its parameter. */
    private static ThrowingConsumer<LogRecord> line(Level level, String start, String statement, String secret) {
        return r -> {
            assertThat(r.getLevel()).isEqualTo(level);
            assertThat(LogCapture.text(r)).startsWith(start).contains(statement).doesNotContain(secret);
        };
    }

    private static double slowQueries() {
        return admin().get("/admin/db/health").then().statusCode(200).extract().jsonPath().getDouble("slow_queries");
    }
}
