package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisBenchmarkTest {

    @Test
    void readsThroughputAndPercentilesOfTheCommandsCsvRow() {
        RedisBenchmark.Result r = RedisBenchmark.parse(Samples.read("redis-benchmark-hget.csv"), "HGET").orElseThrow();

        assertThat(r).isEqualTo(new RedisBenchmark.Result(2358.77, 13.159, 57.759, 82.175));
    }

    @Test
    void anotherCommandsRowIsNotTaken() {
        assertThat(RedisBenchmark.parse(Samples.read("redis-benchmark-hget.csv"), "GET")).isEmpty();
    }

    @Test
    void aClustersMovedAnswerNamesTheNodeOfTheSlot() {
        assertThat(RedisBenchmark.movedTo("redis-benchmark exited with 1: Error from server: MOVED 8219 127.0.0.1:57181 | \"test\""))
                .contains(java.net.URI.create("redis://127.0.0.1:57181"));
        assertThat(RedisBenchmark.movedTo("Could not connect to Redis at 127.0.0.1:6379")).isEmpty();
    }
}
