package dev.hybridstore.cli.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PacedThreadsTest {

    @Test
    void stepsKeepTheSharedRateAndStopEndsTheThreads() throws InterruptedException {
        PacedThreads paced = new PacedThreads();
        AtomicInteger steps = new AtomicInteger();
        long start = System.nanoTime();

        // Two threads at 20 steps a second together: each steps every 100 ms, so ten steps take some 400 ms, not a burst.
        paced.start("paced", 2, 20, () -> steps.incrementAndGet() > 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> steps.get() >= 10);
        Duration tookForTen = Duration.ofNanos(System.nanoTime() - start);
        paced.stop();
        int stopped = steps.get();

        assertThat(tookForTen).isGreaterThan(Duration.ofMillis(300));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> steps.get() == stopped);
    }

    @Test
    void aStepThatReturnsFalseEndsItsThread() throws InterruptedException {
        PacedThreads paced = new PacedThreads();
        AtomicInteger steps = new AtomicInteger();

        // At 1,000 a second a thread that went on would step some 300 times in the 300 ms watched.
        paced.start("once", 1, 1000, () -> steps.incrementAndGet() < 0);
        await().atMost(Duration.ofSeconds(5)).until(() -> steps.get() == 1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> steps.get() == 1);
        paced.stop();
    }
}
