package dev.hybridstore.coreapi.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hybridstore.platform.problem.ProblemException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outage bookkeeping on its own (pure logic): fallbacks, timeouts, probing, and one log line per transition. */
class RedisGuardTest {

    static final Uni<String> FAILING = Uni.createFrom().failure(new java.net.ConnectException("Connection refused"));

    final List<LogRecord> logs = new CopyOnWriteArrayList<>();
    final Logger logger = Logger.getLogger(RedisGuard.class.getName());
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logs.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
    }

    static RedisGuard guard(Duration timeout, Duration retryInterval) {
        return guard(timeout, retryInterval, Duration.ofHours(1));
    }

    static RedisGuard guard(Duration timeout, Duration retryInterval, Duration quietPeriod) {
        return new RedisGuard(new CacheConfig() {
            @Override
            public Duration timeout() {
                return timeout;
            }

            @Override
            public Duration retryInterval() {
                return retryInterval;
            }

            @Override
            public Duration bulkTimeout() {
                return timeout;
            }

            @Override
            public Duration logQuietPeriod() {
                return quietPeriod;
            }
        }, new SimpleMeterRegistry());
    }

    long count(Level level, String text) {
        return logs.stream().filter(r -> r.getLevel().equals(level) && r.getMessage().contains(text)).count();
    }

    @Test
    void aFailureGivesTheFallbackAndOneWarningPerOutage() {
        RedisGuard guard = guard(Duration.ofSeconds(1), Duration.ZERO);
        for (int i = 0; i < 5; i++) {
            assertThat(guard.call(() -> FAILING, "fallback").await().indefinitely()).isEqualTo("fallback");
        }
        assertThat(guard.isDown()).isTrue();
        assertThat(count(Level.WARNING, "Redis unavailable, serving from PostgreSQL")).isEqualTo(1);
    }

    @Test
    void whileDownCommandsAreSkippedUntilTheNextProbe() {
        RedisGuard guard = guard(Duration.ofSeconds(1), Duration.ofHours(1));
        guard.call(() -> FAILING, null).await().indefinitely();
        AtomicInteger sent = new AtomicInteger();
        String answer = guard.call(() -> {
            sent.incrementAndGet();
            return Uni.createFrom().item("cached");
        }, "fallback").await().indefinitely();
        assertThat(answer).isEqualTo("fallback");
        assertThat(sent).hasValue(0);
    }

    @Test
    void recoveryIsLoggedOnceAtInfo() {
        RedisGuard guard = guard(Duration.ofSeconds(1), Duration.ZERO);
        guard.call(() -> FAILING, null).await().indefinitely();
        assertThat(guard.call(() -> Uni.createFrom().item("back"), null).await().indefinitely()).isEqualTo("back");
        guard.call(() -> Uni.createFrom().item("still"), null).await().indefinitely();
        assertThat(guard.isDown()).isFalse();
        assertThat(count(Level.INFO, "Redis is available again")).isEqualTo(1);
    }

    @Test
    void aFlappingRedisIsReportedOncePerQuietPeriod() {
        RedisGuard guard = guard(Duration.ofSeconds(1), Duration.ZERO, Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            guard.call(() -> FAILING, null).await().indefinitely();
            guard.call(() -> Uni.createFrom().item("ok"), null).await().indefinitely();
        }
        assertThat(count(Level.WARNING, "Redis unavailable")).isEqualTo(1);
        assertThat(count(Level.INFO, "Redis is available again")).isEqualTo(1);
    }

    @Test
    void afterTheQuietPeriodTheNextOutageIsReportedAgain() {
        RedisGuard guard = guard(Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO);
        guard.call(() -> FAILING, null).await().indefinitely();
        guard.call(() -> Uni.createFrom().item("ok"), null).await().indefinitely();
        guard.call(() -> FAILING, null).await().indefinitely();
        assertThat(count(Level.WARNING, "Redis unavailable, serving from PostgreSQL")).isEqualTo(2);
    }

    @Test
    void aHangingCommandTimesOutIntoTheFallback() {
        RedisGuard guard = guard(Duration.ofMillis(50), Duration.ofHours(1));
        long start = System.nanoTime();
        String answer = guard.call(() -> Uni.createFrom().<String>nothing(), "fallback").await().atMost(Duration.ofSeconds(5));
        assertThat(answer).isEqualTo("fallback");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(guard.isDown()).isTrue();
    }

    @Test
    void requireFailsWithServiceUnavailable() {
        RedisGuard guard = guard(Duration.ofSeconds(1), Duration.ZERO);
        assertThatThrownBy(() -> guard.require(() -> FAILING, "drop reports").await().indefinitely())
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(503))
                .hasMessageContaining("drop reports");
    }
}
