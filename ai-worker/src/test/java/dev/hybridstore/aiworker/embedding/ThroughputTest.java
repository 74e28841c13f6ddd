package dev.hybridstore.aiworker.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThroughputTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Throughput throughput = new Throughput(10, now::get);

    @Test
    void averagesTheLastCompletedSeconds() {
        for (int s = 0; s < 10; s++) {
            throughput.record(50);
            now.addAndGet(1000);
        }
        throughput.record(999); // the current second is still counting: left out

        assertThat(throughput.perSecond()).isEqualTo(50.0);
    }

    @Test
    void aRunYoungerThanTheWindowShowsItsRealRate() {
        for (int s = 0; s < 3; s++) {
            throughput.record(100);
            now.addAndGet(1000);
        }

        assertThat(throughput.perSecond()).isEqualTo(100.0);
    }

    @Test
    void forgetsSecondsOutsideTheWindow() {
        throughput.record(500);
        now.addAndGet(30_000);

        assertThat(throughput.perSecond()).isZero();
    }
}
