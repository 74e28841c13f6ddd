package dev.hybridstore.platform.sql;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * PostgreSQL answers {@code SELECT 1} on a pooled connection. It stands in for Quarkus' datasource check (disabled in
 * microprofile-config.properties), which runs its query on the pool itself and so, while the database is down, leaves
 * one uncaught "Result is already complete" behind each probe (see {@link Sql#withClient}). Same name, data and bound;
 * not timed as a statement, so probes during an outage add no slow-query warnings.
 */
@Readiness
@Singleton
public class DatabaseCheck implements AsyncHealthCheck {

    private static final String NAME = "Reactive PostgreSQL connections health check";
    private static final String DATASOURCE = "<default>";
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Inject
    Sql sql;

    @Override
    public Uni<HealthCheckResponse> call() {
        return sql.pool().withConnection(connection -> connection.query("SELECT 1").execute())
                .map(ok -> HealthCheckResponse.named(NAME).up().withData(DATASOURCE, "UP").build())
                .ifNoItem().after(BOUND).failWith(() -> new IllegalStateException("timed out, unable to obtain a connection"))
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).down()
                        .withData(DATASOURCE, "down - connection failed: " + failure.getMessage()).build());
    }
}
