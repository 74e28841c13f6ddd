package dev.hybridstore.coreapi.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.testsupport.RecentSpans;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A search's trace: the request, the query's embedding and the SQL, under the caller's traceparent. */
@QuarkusTest
class SearchTraceTest {

    @Inject
    RecentSpans spans;

    @Test
    void aHybridSearchTracesItsRequestItsEmbeddingAndItsSql() {
        String traceparent = RecentSpans.newTraceparent(), traceId = RecentSpans.traceId(traceparent);
        given().header("traceparent", traceparent).queryParam("q", "장애 대응 경험").queryParam("mode", "hybrid")
                .when().get("/api/search/questions").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<SpanData> trace = spans.ofTrace(traceId);
            SpanData request = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst()
                    .orElseThrow(() -> new AssertionError("no request span in " + trace));
            assertThat(request.getName()).isEqualTo("GET /api/search/{source}");
            assertThat(request.getParentSpanId()).as("the caller's span").isEqualTo(traceparent.split("-")[2]);
            assertThat(trace).filteredOn(s -> s.getName().equals("search embed query")).singleElement()
                    .satisfies(embed -> assertThat(embed.getParentSpanId()).isEqualTo(request.getSpanId()));
            assertThat(trace).as("the SQL client's spans").filteredOn(s -> s.getKind() == SpanKind.CLIENT)
                    .anySatisfy(sql -> assertThat(sql.getAttributes().get(AttributeKey.stringKey("db.sql.table"))).isEqualTo("questions"));
        });
    }
}
