package dev.hybridstore.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicInitializerTest {

    @Test
    void aTopicWithFewerPartitionsThanItsConsumersShareIsReportedWithTheCommandThatFixesIt() {
        assertThat(TopicInitializer.tooFewPartitions("orders", 1, 9)).hasValueSatisfying(warning -> assertThat(warning)
                .contains("orders has 1 partition(s), fewer than the 9")
                .contains("./suite kafka-topics --alter --topic orders --partitions 9"));
    }

    @Test
    void enoughOrMorePartitionsAreFine() {
        assertThat(TopicInitializer.tooFewPartitions("orders", 9, 9)).isEmpty();
        assertThat(TopicInitializer.tooFewPartitions("orders", 12, 9)).isEmpty();
    }
}
