package dev.hybridstore.coreapi.admin;

import static dev.hybridstore.coreapi.admin.AdminApi.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.testsupport.RecentSpans;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Migrations and backups get a span of their own inside the admin request's trace. */
@QuarkusTest
@TestProfile(AdminProfiles.Enabled.class)
class AdminTraceTest {

    @Inject
    RecentSpans spans;

    @Test
    void anUpgradeIsASpanOfItsRequest() {
        String traceparent = RecentSpans.newTraceparent();
        admin().header("traceparent", traceparent).when().post("/admin/db/migrations/upgrade").then().statusCode(200);

        assertOperationSpan(traceparent, "admin migrate upgrade");
    }

    @Test
    void aBackupIsASpanOfItsRequest() {
        String traceparent = RecentSpans.newTraceparent();
        String name = admin().header("traceparent", traceparent).when().post("/admin/db/backups").then().statusCode(201)
                .extract().path("name");
        try {
            assertOperationSpan(traceparent, "admin backup");
        } finally {
            admin().when().delete("/admin/db/backups/" + name).then().statusCode(204);
        }
    }

    private void assertOperationSpan(String traceparent, String name) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<SpanData> trace = spans.ofTrace(RecentSpans.traceId(traceparent));
            SpanData request = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst()
                    .orElseThrow(() -> new AssertionError("no request span in " + trace));
            assertThat(trace).filteredOn(s -> s.getName().equals(name)).singleElement()
                    .satisfies(op -> assertThat(op.getParentSpanId()).isEqualTo(request.getSpanId()));
        });
    }
}
