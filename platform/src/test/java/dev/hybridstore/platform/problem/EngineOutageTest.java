package dev.hybridstore.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The failures the engine clients raise while an engine restarts are outages (503); a failing statement is not. */
class EngineOutageTest {

    private static final String UNSENT = "Pending requests failed to be sent due to connection has been closed.";

    @Test
    void connectionsRefusedResetOrClosedAreOutages() {
        assertThat(EngineOutage.is(new ConnectException("Connection refused"))).isTrue();
        assertThat(EngineOutage.is(new SocketException("Connection reset"))).isTrue();
        assertThat(EngineOutage.is(ClosedConnectionException.INSTANCE)).isTrue();
    }

    @Test
    void statementsQueuedOnAConnectionThatClosedAreOutagesWithOrWithoutACause() {
        assertThat(EngineOutage.is(new NoStackTraceThrowable(UNSENT))).isTrue();
        assertThat(EngineOutage.is(new VertxException(UNSENT, new SocketException("Connection reset")))).isTrue();
        assertThat(EngineOutage.is(new VertxException("Timeout waiting for connection", true))).isTrue();
        assertThat(EngineOutage.is(new NoStackTraceThrowable("Connection is not active now, current status: CLOSED"))).isTrue();
    }

    @Test
    void serverStatesOfShutdownRecoveryAndExhaustionAreOutagesFoundThroughWrappers() {
        assertThat(EngineOutage.is(new CompletionException(pg("57P03")))).isTrue(); // the database system is starting up
        assertThat(EngineOutage.is(pg("57P01"))).isTrue(); // terminating connection due to administrator command
        assertThat(EngineOutage.is(pg("53300"))).isTrue(); // too many connections
        assertThat(EngineOutage.is(pg("08006"))).isTrue();
    }

    @Test
    void statementErrorsAndOtherClientMessagesAreNotOutages() {
        assertThat(EngineOutage.is(pg("23505"))).isFalse();
        assertThat(EngineOutage.is(pg("42P01"))).isFalse();
        assertThat(EngineOutage.is(new NoStackTraceThrowable("Something else"))).isFalse();
        assertThat(EngineOutage.is(new IllegalStateException("bug"))).isFalse();
    }

    private static PgException pg(String sqlState) {
        return new PgException("failure " + sqlState, "FATAL", sqlState, null);
    }
}
