package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.orders.OrderTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own producer benchmark (org.apache.kafka.tools.ProducerPerformance, from the broker's jars) with core-api's
 * producer settings (acks=all, idempotent) on a scratch topic of the same shape as {@code orders}: the limit that order
 * intake is compared with.
 */
public final class ProducerPerformance {

    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec .*?, ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    private final Path kafkaLib;
    private final String bootstrap;

    private ProducerPerformance(Path kafkaLib, String bootstrap) {
        this.kafkaLib = kafkaLib;
        this.bootstrap = bootstrap;
    }

    /** Present when {@code kafkaLib} holds Kafka's tools jar (./suite sets HYBRIDSTORE_CLI_KAFKA_LIB to its own copy). */
    public static Optional<ProducerPerformance> in(Optional<Path> kafkaLib, String bootstrap) {
        return kafkaLib.filter(dir -> Files.isDirectory(dir) && dir.toFile().list((d, name) -> name.startsWith("kafka-tools-")).length > 0)
                .map(dir -> new ProducerPerformance(dir, bootstrap));
    }

    /** records/s and latency percentiles (ms) of a run of {@code records} records of {@code recordSize} bytes. */
    public record Result(double recordsPerSecond, double p50, double p95, double p99) {
    }

    public Result run(int records, int recordSize, Path work) throws Exception {
        String topic = "bench-intake-" + System.currentTimeMillis();
        try (OrderTopics topics = new OrderTopics(bootstrap)) {
            OrderTopics.Shape orders = topics.shape("orders");
            topics.create(topic, orders.partitions(), orders.replicationFactor());
            try {
                ExternalTool.Finished run = ExternalTool.java().run("Kafka ProducerPerformance, acks=all, " + orders.partitions() + " partitions",
                        List.of("-cp", kafkaLib + "/*", "org.apache.kafka.tools.ProducerPerformance", "--topic", topic,
                                "--num-records", Integer.toString(records), "--record-size", Integer.toString(recordSize), "--throughput", "-1",
                                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true"),
                        Map.of(), work, 0);
                return parse(run.stdout()).orElseThrow(() -> new CommandFailure("ProducerPerformance printed no summary: " + run.stdout()));
            } finally {
                topics.delete(List.of(topic));
            }
        }
    }

    static Optional<Result> parse(String output) {
        Matcher last = null;
        for (String line : output.lines().toList()) {
            Matcher m = SUMMARY.matcher(line);
            if (m.find()) {
                last = m;
            }
        }
        return Optional.ofNullable(last).map(m -> new Result(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(5)),
                Double.parseDouble(m.group(6)), Double.parseDouble(m.group(7))));
    }
}
