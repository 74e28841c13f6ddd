package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The packaged service's console: dated lines for people by default, one JSON object a line with LOG_FORMAT=json. */
class LogFormatIT {

    @RegisterExtension
    final OwnOrdersTopic orders = OwnOrdersTopic.tagged("LOGS");

    @Test
    void byDefaultEveryLineAfterTheBannerStartsWithTheDateAndTime() throws Exception {
        List<String> lines = linesUntilStarted(Map.of()).stream().dropWhile(line -> !line.matches("^[0-9].*"))
                .toList();

        assertThat(lines).filteredOn(line -> line.contains("started in")).hasSize(1);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line)
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} (TRACE|DEBUG|INFO |WARN |ERROR) .*"));
    }

    @Test
    void withLogFormatJsonEveryLineIsAJsonObjectNamingTheService() throws Exception {
        List<String> lines = linesUntilStarted(Map.of("LOG_FORMAT", "json"));

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> records = lines.stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
        assertThat(records).allSatisfy(r -> {
            assertThat(r.path("service").asText()).as("service of %s", r).isEqualTo("order-consumer");
            assertThat(r.path("timestamp").asText()).as("timestamp of %s", r).matches("\\d{4}-\\d{2}-\\d{2}T.*");
            assertThat(r.path("level").asText()).as("level of %s", r).isNotEmpty();
        });
        assertThat(records).filteredOn(r -> r.path("message").asText().contains("started in")).hasSize(1);
    }

    /** Every line the service wrote from its start until Quarkus said it started. */
    private List<String> linesUntilStarted(Map<String, String> env) throws Exception {
        String name = "log-format-it-" + (env.isEmpty() ? "text" : "json");
        try (PackagedConsumer consumer = orders.consumer(name, "", env)) {
            await().atMost(Duration.ofSeconds(120)).until(() -> Files.readString(consumer.log()).contains("started in"));
            String log = Files.readString(consumer.log());
            return log.substring(0, log.indexOf('\n', log.indexOf("started in")) + 1).lines().toList();
        }
    }
}
