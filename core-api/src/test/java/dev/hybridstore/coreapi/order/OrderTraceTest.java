package dev.hybridstore.coreapi.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.RecentSpans;
import dev.hybridstore.testsupport.TestIds;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One trace per order: POST /api/orders, then the Kafka produce, whose context the record's traceparent header carries. */
@QuarkusTest
class OrderTraceTest {

    static final TestIds IDS = TestIds.create("OTR");
    static final String USER = IDS.prefix() + "_user";
    static final String PRODUCT = IDS.prefix() + "_product";

    @Inject
    RecentSpans spans;

    @BeforeAll
    static void catalogue() {
        CommerceFixtures.shop(IDS);
    }

    @AfterAll
    static void cleanUp() {
        CommerceFixtures.deleteOwnRows(IDS);
    }

    @Test
    void theRecordCarriesTheTraceOfThePostThatPlacedIt() {
        String orderId = IDS.next();
        given().contentType(ContentType.JSON).body(Map.of("order_id", orderId, "user_id", USER, "product_id", PRODUCT, "quantity", 1))
                .when().post("/api/orders").then().statusCode(202);

        ConsumerRecord<String, String> record = OrderEvents.of(IDS.prefix() + "_" + orderId, orderId, 1).get(0);
        Header header = record.headers().lastHeader("traceparent");
        assertThat(header).as("traceparent header of the record").isNotNull();
        String[] traceparent = new String(header.value(), StandardCharsets.US_ASCII).split("-");
        assertThat(traceparent).hasSize(4);
        String traceId = traceparent[1], parentSpanId = traceparent[2];

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<SpanData> trace = spans.ofTrace(traceId);
            SpanData http = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow(
                    () -> new AssertionError("no HTTP span in trace " + traceId + ": " + trace));
            assertThat(http.getName()).isEqualTo("POST /api/orders");
            assertThat(http.getParentSpanContext().isValid()).as("the request span starts the trace").isFalse();
            SpanData produce = trace.stream().filter(s -> s.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow(
                    () -> new AssertionError("no produce span in trace " + traceId + ": " + trace));
            assertThat(produce.getName()).isEqualTo("orders publish");
            assertThat(produce.getParentSpanId()).as("the produce span is the request's child").isEqualTo(http.getSpanId());
            assertThat(parentSpanId).as("the header names the produce span").isEqualTo(produce.getSpanId());
        });
    }
}
