package dev.hybridstore.coreapi.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.coreapi.web.OutageProfile;
import dev.hybridstore.testsupport.LogCapture;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Redis down (OutageProfile, whose limits are 1 search a minute and 1 order a second): nothing is refused for it. */
@QuarkusTest
@TestProfile(OutageProfile.class)
class RateLimitRedisDownTest {

    static final TestIds IDS = TestIds.create("RLD");

    @Inject
    RateLimiter limiter;

    @Test
    void searchesAreServedUncountedAndTheOutageIsLoggedOnce() {
        String key = IDS.next();
        boolean alreadyReported = !limiter.enforced(); // another test of this profile may have met the outage first
        List<LogRecord> warnings;
        try (LogCapture capture = LogCapture.start()) {
            for (int i = 0; i < 5; i++) {
                given().header("X-API-Key", key).queryParam("q", "river").when().get("/api/catalog/search")
                        .then().statusCode(200).body("query", equalTo("river"));
            }
            warnings = capture.warnings(RateLimiter.class.getName());
        }
        assertThat(limiter.enforced()).isFalse();
        assertThat(warnings).extracting(LogCapture::text).filteredOn(m -> m.contains("rate limits are not enforced"))
                .hasSize(alreadyReported ? 0 : 1);
    }
}
