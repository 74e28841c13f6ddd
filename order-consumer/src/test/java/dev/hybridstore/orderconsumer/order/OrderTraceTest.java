package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.testsupport.LogCapture;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.RecentSpans;
import dev.hybridstore.testsupport.TestIds;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A record's traceparent (the request that placed the order) reaches the spans and the log lines of its storing. */
@QuarkusTest
class OrderTraceTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("hybridstore.order.outcome");

    @Inject
    RecentSpans spans;

    @ConfigProperty(name = OrdersTestTopic.TOPIC_PROPERTY)
    String topic;

    private final TestIds ids = TestIds.create("OTR");
    private final Logger traces = Logger.getLogger(OrderTraces.class.getName());
    private Level level;
    private Commerce commerce;
    private OrderEvents events;
    private LogCapture logs;
    private String user, product;

    @BeforeEach
    void setUp() throws Exception {
        commerce = new Commerce(RealServices.endpoints().databaseUrl(), ids.prefix());
        events = new OrderEvents(RealServices.endpoints().kafkaBootstrap(), topic);
        user = ids.next();
        product = ids.next();
        commerce.user(user, "F", 41, "부산");
        commerce.product(product, "전자", 1000, commerce.store("store"));
        level = traces.getLevel();
        traces.setLevel(Level.FINE); // each order's line is DEBUG
        logs = LogCapture.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        logs.close();
        traces.setLevel(level);
        events.close();
        commerce.deleteAll();
        commerce.close();
    }

    @Test
    void aStoredOrderSpanAndLogLineCarryTheTraceOfItsRecord() {
        String traceparent = RecentSpans.newTraceparent(), traceId = RecentSpans.traceId(traceparent), orderId = ids.next();
        events.sendTraced(orderId, OrderEvents.json(new OrderPlaced(1, orderId, user, product, 1, 1000, 0, 0, "card", "completed",
                Instant.now().truncatedTo(ChronoUnit.MILLIS))), traceparent);

        SpanData order = awaitOrderSpan(traceId);
        assertThat(order.getParentSpanId()).as("under the record's context").isEqualTo(traceparent.split("-")[2]);
        assertThat(order.getAttributes().get(OUTCOME)).isEqualTo("stored");
        assertThat(order.getAttributes().get(AttributeKey.stringKey("messaging.kafka.message.key"))).isEqualTo(orderId);
        assertBatchLinks(order, traceId);
        await().atMost(WITHIN).untilAsserted(() -> assertThat(logs.records())
                .filteredOn(r -> LogCapture.text(r).contains(orderId))
                .as("the order's log line").isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(LogCapture.mdc(r, "traceId")).isEqualTo(traceId);
                    assertThat(LogCapture.mdc(r, "spanId")).isEqualTo(order.getSpanId());
                }));
    }

    @Test
    void aDeadLetteredRecordSpanSaysWhyAndItsDeadLetterKeepsItsTrace() {
        String traceparent = RecentSpans.newTraceparent(), traceId = RecentSpans.traceId(traceparent), key = ids.next();
        try (DeadLetterReader dlq = new DeadLetterReader(RealServices.endpoints().kafkaBootstrap())) {
            events.sendTraced(key, "not json", traceparent);

            SpanData order = awaitOrderSpan(traceId);
            assertThat(order.getAttributes().get(OUTCOME)).isEqualTo("dead-lettered unparseable");
            assertBatchLinks(order, traceId);
            String letter = DeadLetterReader.header(dlq.awaitKeys(Set.of(key)).get(key), "traceparent");
            assertThat(letter).as("the dead letter's traceparent").isNotNull();
            assertThat(RecentSpans.traceId(letter)).isEqualTo(traceId);
        }
    }

    private SpanData awaitOrderSpan(String traceId) {
        return await().atMost(WITHIN).until(() -> spans.ofTrace(traceId).stream()
                .filter(s -> s.getName().equals("orders store order")).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The order's span links to its batch's span, whose links name the order's trace. */
    private void assertBatchLinks(SpanData order, String traceId) {
        assertThat(order.getLinks()).hasSize(1);
        String batchTrace = order.getLinks().get(0).getSpanContext().getTraceId();
        List<SpanData> batch = await().atMost(WITHIN).until(() -> spans.ofTrace(batchTrace), found -> !found.isEmpty());
        assertThat(batch).singleElement().satisfies(b -> {
            assertThat(b.getName()).isEqualTo("orders store");
            assertThat(b.getSpanId()).isEqualTo(order.getLinks().get(0).getSpanContext().getSpanId());
            assertThat(b.getLinks()).map(LinkData::getSpanContext).anyMatch(c -> c.getTraceId().equals(traceId));
        });
    }
}
