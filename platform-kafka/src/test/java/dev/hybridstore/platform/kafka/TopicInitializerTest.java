package dev.hybridstore.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hybridstore.model.contract.Contract;
import java.util.HashMap;
import java.util.Map;
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

    @Test
    void theAsyncApiDocumentStatesThePartitionsOfEveryTopicTheSuiteCreates() throws Exception {
        JsonNode channels = new ObjectMapper(new YAMLFactory()).readTree(Contract.asyncApi()).path("channels");
        Map<String, Integer> documented = new HashMap<>();
        channels.forEach(c -> documented.put(c.path("address").asText(), c.path("bindings").path("kafka").path("partitions").asInt()));

        Map<String, Integer> created = new HashMap<>();
        TopicInitializer.topics((short) 1).forEach(t -> created.put(t.name(), t.numPartitions()));
        assertThat(documented).isEqualTo(created);
    }
}
