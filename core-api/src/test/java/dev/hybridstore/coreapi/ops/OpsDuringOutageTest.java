package dev.hybridstore.coreapi.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hybridstore.coreapi.web.OutageProfile;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Redis at a closed port: the page's cache panel counts the reads that fell back to PostgreSQL, and still answers. */
@QuarkusTest
@TestProfile(OutageProfile.class)
class OpsDuringOutageTest {

    static final TestIds IDS = TestIds.create("OPO");
    static CommerceFixtures.Shop shop;

    @BeforeAll
    static void rows() {
        shop = CommerceFixtures.shop(IDS);
    }

    @AfterAll
    static void cleanUp() {
        CommerceFixtures.deleteOwnRows(IDS);
    }

    static JsonPath snapshot() {
        return given().when().get("/api/ops/snapshot").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void readsServedFromPostgresWhileRedisIsDownShowAsFallbacks() {
        double before = snapshot().getDouble("cache.redis_fallbacks");
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/users/" + shop.user()).then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath now = snapshot();
            assertThat(now.getDouble("cache.redis_fallbacks")).isGreaterThanOrEqualTo(before + 5);
            assertThat(now.getDouble("cache.redis_fallbacks_per_second")).isPositive();
        });
        assertThat(snapshot().getList("history.redis_fallbacks_per_second", Float.class)).anySatisfy(r -> assertThat(r).isPositive());
    }
}
