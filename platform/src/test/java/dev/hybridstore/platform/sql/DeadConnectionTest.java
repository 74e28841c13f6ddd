package dev.hybridstore.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** Which statements run again after meeting a connection the server closed: only those that cannot have taken effect. */
class DeadConnectionTest {

    private static final String UNSENT = "Pending requests failed to be sent due to connection has been closed.";
    private static final String READ = "  SELECT user_id FROM users WHERE user_id = $1";
    private static final String WRITE = "UPDATE orders SET status = $2 WHERE order_id = $1";

    @Test
    void aStatementNeverSentRunsAgainWhetherItReadsOrWrites() {
        assertThat(DeadConnection.mayRunAgain(new NoStackTraceThrowable(UNSENT), WRITE)).isTrue();
        assertThat(DeadConnection.mayRunAgain(new VertxException(UNSENT, true), READ)).isTrue();
        assertThat(DeadConnection.mayRunAgain(new NoStackTraceThrowable("Connection is not active now, current status: CLOSED"), WRITE))
                .isTrue();
    }

    @Test
    void aSentStatementWhoseConnectionClosedRunsAgainOnlyWhenItReads() {
        assertThat(DeadConnection.mayRunAgain(ClosedConnectionException.INSTANCE, READ)).isTrue();
        assertThat(DeadConnection.mayRunAgain(ClosedConnectionException.INSTANCE, WRITE)).isFalse();
        assertThat(DeadConnection.mayRunAgain(new SocketException("Connection reset"), READ)).isTrue();
        assertThat(DeadConnection.mayRunAgain(new SocketException("Connection reset"), WRITE)).isFalse();
        assertThat(DeadConnection.mayRunAgain(pg("57P01"), READ)).isTrue();
        assertThat(DeadConnection.mayRunAgain(pg("57P01"), "INSERT INTO users (user_id) VALUES ($1)")).isFalse();
        assertThat(DeadConnection.mayRunAgain(new java.util.concurrent.CompletionException(ClosedConnectionException.INSTANCE), READ))
                .as("found through a wrapper").isTrue();
    }

    @Test
    void aDatabaseThatIsDownOrRefusesTheStatementIsNotRetried() {
        assertThat(DeadConnection.mayRunAgain(new ConnectException("Connection refused"), READ)).isFalse();
        assertThat(DeadConnection.mayRunAgain(pg("57P03"), READ)).isFalse(); // starting up: the outage answer is a 503
        assertThat(DeadConnection.mayRunAgain(pg("23505"), READ)).isFalse();
        assertThat(DeadConnection.mayRunAgain(new VertxException("Timeout waiting for connection", true), READ)).isFalse();
    }

    private static PgException pg(String sqlState) {
        return new PgException("message", "FATAL", sqlState, null);
    }
}
