package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.RecentSpans;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The packaged service sends spans over the network only to OTEL_EXPORTER_OTLP_ENDPOINT. Without it, nothing connects to
 * the OTLP default port (4317, where Quarkus' exporter would send) while it stores a traced record.
 */
class TraceExportIT {

    private static final int OTLP_DEFAULT_PORT = 4317;
    /** Spans are exported within this delay of their end (5 s by default). */
    private static final String PROMPTLY = "QUARKUS_OTEL_BSP_SCHEDULE_DELAY";

    @RegisterExtension
    final OwnOrdersTopic orders = OwnOrdersTopic.tagged("OTLP");

    @Test
    void withoutAnEndpointNothingIsExportedAndTheServiceRuns() throws Exception {
        try (Collector collector = Collector.on(OTLP_DEFAULT_PORT);
                PackagedConsumer consumer = orders.consumer("trace-export-it-off", "-off", Map.of(PROMPTLY, "100ms"))) {
            awaitStarted(consumer);
            consumeATracedRecord(consumer);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> collector.connections() == 0);
        }
    }

    @Test
    void withAnEndpointSpansAreSentThere() throws Exception {
        try (Collector collector = Collector.on(0);
                PackagedConsumer consumer = orders.consumer("trace-export-it-on", "-on",
                        Map.of(PROMPTLY, "100ms", "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + collector.port()))) {
            awaitStarted(consumer);
            consumeATracedRecord(consumer);
            await().atMost(Duration.ofSeconds(30)).until(() -> collector.connections() > 0);
        }
    }

    private static void awaitStarted(PackagedConsumer consumer) {
        await().atMost(Duration.ofSeconds(120)).until(() -> Files.readString(consumer.log()).contains("started in"));
    }

    /** A record the service dead-letters (not JSON), under a sampled trace: its spans are made and due for export. */
    private void consumeATracedRecord(PackagedConsumer consumer) {
        String traceparent = RecentSpans.newTraceparent();
        try (OrderEvents events = new OrderEvents(RealServices.endpoints().kafkaBootstrap(), orders.topic())) {
            events.sendTraced(orders.run(), "not json", traceparent);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(consumer.log()).contains("dead-letter topic"));
    }

    /** Accepts and counts connections on a port, as a collector would; reads nothing. */
    private record Collector(ServerSocket socket, AtomicInteger accepted) implements AutoCloseable {

        static Collector on(int port) throws IOException {
            Collector collector = new Collector(new ServerSocket(port), new AtomicInteger());
            Thread acceptor = new Thread(collector::accept, "collector");
            acceptor.setDaemon(true);
            acceptor.start();
            return collector;
        }

        private void accept() {
            try {
                while (true) {
                    socket.accept().close();
                    accepted.incrementAndGet();
                }
            } catch (IOException closed) {
                // close() ends it
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return accepted.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
