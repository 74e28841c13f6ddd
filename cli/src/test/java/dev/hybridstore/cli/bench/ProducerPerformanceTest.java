package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProducerPerformanceTest {

    @Test
    void theSummaryLineGivesRecordsPerSecondAndPercentilesNotTheProgressLines() {
        String output = """
                212385 records sent, 42468.3 records/sec (9.44 MB/sec), 612.5 ms avg latency, 1102.0 ms max latency.
                500000 records sent, 45620.437956 records/sec (10.14 MB/sec), 580.03 ms avg latency, 1102.00 ms max latency, 561 ms 50th, 980 ms 95th, 1071 ms 99th, 1099 ms 99.9th.
                """;
        assertThat(ProducerPerformance.parse(output)).hasValue(new ProducerPerformance.Result(45620.437956, 561, 980, 1071));
    }

    @Test
    void outputWithoutASummaryGivesNothing() {
        assertThat(ProducerPerformance.parse("Exception in thread \"main\" org.apache.kafka.common.errors.TimeoutException")).isEmpty();
    }
}
