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
        double before = slowQueries();
        List<LogRecord> logged = statementLines(() -> sql.fetchOne("SELECT pg_sleep(0.6), $1::text AS secret",
                Tuple.of("do-not-log-me"), r -> 1).await().atMost(Duration.ofSeconds(30)));

        assertThat(logged).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(LogCapture.text(r)).startsWith("Slow query (").contains("SELECT pg_sleep(0.6)").doesNotContain("do-not-log-me");
        });
        assertThat(slowQueries()).isEqualTo(before + 1);
    }

    @Test
    void withTheSwitchOnEveryStatementIsLoggedAtInfoWithoutParametersAndNotCountedAsSlow() {
        double before = slowQueries();
        List<LogRecord> logged = statementLines(() -> sql.fetchOne("SELECT $1::text AS secret, 42 AS answer",
                Tuple.of("do-not-log-me-either"), r -> 1).await().atMost(Duration.ofSeconds(5)));

        assertThat(logged).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.INFO);
            assertThat(LogCapture.text(r)).startsWith("Query (").contains("SELECT $1::text AS secret, 42 AS answer")
                    .doesNotContain("do-not-log-me-either");
        });
        assertThat(slowQueries()).isEqualTo(before);
    }

    private static List<LogRecord> statementLines(Runnable statement) {
        try (LogCapture capture = LogCapture.start()) {
            statement.run();
            return capture.records().stream().filter(r -> QueryLog.class.getName().equals(r.getLoggerName())).toList();
        }
    }

    private static double slowQueries() {
        return admin().get("/admin/db/health").then().statusCode(200).extract().jsonPath().getDouble("slow_queries");
    }
}
