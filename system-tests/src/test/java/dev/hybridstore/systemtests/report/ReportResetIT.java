package dev.hybridstore.systemtests.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.systemtests.topology.ClusterRedis;
import dev.hybridstore.systemtests.topology.OwnCommerceRows;
import dev.hybridstore.systemtests.topology.Topology;
import dev.hybridstore.testsupport.CommerceFixtures;
import io.vertx.redis.client.Command;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A store's report reset through haproxy finds the reports core-api cached on every master of the Redis Cluster. */
class ReportResetIT {

    static final Topology TOPOLOGY = Topology.fromEnvironment();
    @RegisterExtension
    static final OwnCommerceRows ROWS = OwnCommerceRows.tagged("SYR");

    @Test
    void theResetDropsTheStoresReportsOnEveryMasterAndNoOtherStores() {
        long store, otherStore;
        try (CommerceFixtures db = ROWS.database()) {
            store = db.store(ROWS.prefix() + " main", "Seoul");
            otherStore = db.store(ROWS.prefix() + " other", "Seoul");
        }
        LocalDate day = LocalDate.of(2025, 1, 9);
        List<LocalDate> days = IntStream.range(0, 20).mapToObj(day::minusDays).toList();
        for (LocalDate d : days) {
            for (String category : List.of("sales", "orders")) {
                given().baseUri(TOPOLOGY.api()).when().get("/api/stores/{id}/reports/{date}/{category}", store, d.toString(), category)
                        .then().statusCode(200).body("report.store_id", equalTo((int) store)).body("report.category", equalTo(category));
            }
        }
        given().baseUri(TOPOLOGY.api()).when().get("/api/stores/{id}/reports/{date}/sales", otherStore, day.toString())
                .then().statusCode(200);
        List<String> ours = days.stream().flatMap(d -> List.of(RedisKeys.report(store, d, "sales"), RedisKeys.report(store, d, "orders")).stream())
                .toList();
        String theirs = RedisKeys.report(otherStore, day, "sales");

        try (ClusterRedis redis = new ClusterRedis(TOPOLOGY.redisNodes())) {
            assertThat(ours).as("every report read is cached in the cluster").allMatch(key -> redis.count(Command.EXISTS, key) == 1);
            assertThat(ours.stream().map(redis::master).distinct()).as("the store's reports sit on all three masters").hasSize(3);

            given().baseUri(TOPOLOGY.api()).when().delete("/api/stores/{id}/reports", store).then().statusCode(200)
                    .body("store_id", equalTo((int) store)).body("dropped", equalTo(ours.size()));

            assertThat(ours).as("no report of the store is left on any master").allMatch(key -> redis.count(Command.EXISTS, key) == 0);
            assertThat(redis.count(Command.EXISTS, theirs)).as("the other store's report").isEqualTo(1);
        }
    }
}
