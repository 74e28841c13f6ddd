package dev.hybridstore.coreapi.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.hybridstore.coreapi.admin.AdminProfiles;
import dev.hybridstore.model.kafka.Topics;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /api/ops/snapshot against the real engines: the order figures come from Kafka and PostgreSQL (nothing here runs
 * order-consumer, so they move only because the engines saw orders), the lag from the group's committed offsets, and
 * the other services, configured on a port nothing listens on, show as down.
 */
@QuarkusTest
@TestProfile(OpsSnapshotTest.Profile.class)
class OpsSnapshotTest {

    static final TestIds IDS = TestIds.create("OPS");
    static final String GROUP = "ops-test-" + ProcessHandle.current().pid();
    static final String NOWHERE = "http://127.0.0.1:1";
    static CommerceFixtures.Shop shop;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("ADMIN_TOKEN", AdminProfiles.TOKEN);
            config.put("BACKUP_DIR", "target/ops-backups");
            config.put("hybridstore.ops.consumer-group", GROUP);
            config.put("hybridstore.ops.order-consumer-urls", NOWHERE);
            config.put("hybridstore.ops.cache-worker-urls", NOWHERE);
            config.put("hybridstore.ops.ai-worker-urls", NOWHERE);
            return config;
        }
    }

    @BeforeAll
    static void catalogue() {
        shop = CommerceFixtures.shop(IDS);
    }

    @AfterAll
    static void cleanUp() {
        CommerceFixtures.deleteOwnRows(IDS);
    }

    static JsonPath snapshot() {
        return given().when().get("/api/ops/snapshot").then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    static void postOrder() {
        given().contentType(ContentType.JSON).body(Map.of("user_id", shop.user(), "product_id", shop.product(), "quantity", 1))
                .when().post("/api/orders").then().statusCode(202);
    }

    @Test
    void acceptedCountsWhatKafkaHoldsAndStoredWhatPostgresInserted() {
        JsonPath before = snapshot();
        long accepted = before.getLong("orders.accepted");
        long stored = before.getLong("orders.stored");
        for (int i = 0; i < 3; i++) {
            postOrder();
        }
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.order(IDS.next(), shop.user(), shop.product(), shop.store(), 1, 5000, "paid", "CARD", LocalDateTime.now());
            db.order(IDS.next(), shop.user(), shop.product(), shop.store(), 1, 5000, "paid", "CARD", LocalDateTime.now());
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath now = snapshot();
            assertThat(now.getLong("orders.accepted")).isGreaterThanOrEqualTo(accepted + 3);
            assertThat(now.getLong("orders.stored")).isGreaterThanOrEqualTo(stored + 2);
            assertThat(now.getDouble("orders.stored_per_second")).isPositive();
        });
        JsonPath now = snapshot();
        assertThat(now.getList("history")).hasSizeGreaterThan(1);
        assertThat(now.getList("history.at", String.class)).isSorted();
        assertThat(now.getMap("engines")).containsEntry("postgresql", true).containsEntry("kafka", true);
        assertThat(now.getLong("database.size_bytes")).isPositive();
        assertThat(now.getMap("aging_backlog")).containsKeys("users", "products");
    }

    @Test
    void lagIsPerPartitionOfOrdersFromTheGroupsCommittedOffsets() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealServices.endpoints().kafkaBootstrap()))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.ORDERS)).allTopicNames().get().get(Topics.ORDERS)
                    .partitions().stream().map(p -> new TopicPartition(Topics.ORDERS, p.partition())).toList();
            Map<TopicPartition, OffsetAndMetadata> caughtUp = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
            admin.alterConsumerGroupOffsets(GROUP, caughtUp).all().get();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(snapshot().getLong("lag.total")).isZero());

        for (int i = 0; i < 4; i++) {
            postOrder();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(snapshot().getLong("lag.total")).isEqualTo(4));
        JsonPath now = snapshot();
        assertThat(now.getString("lag.group")).isEqualTo(GROUP);
        List<Map<String, Object>> partitions = now.getList("lag.partitions");
        assertThat(partitions).hasSize(Topics.ORDERS_PARTITIONS);
        for (Map<String, Object> p : partitions) {
            long end = ((Number) p.get("end_offset")).longValue();
            long committed = ((Number) p.get("committed_offset")).longValue();
            assertThat(((Number) p.get("lag")).longValue()).as("partition %s", p.get("partition")).isEqualTo(end - committed);
        }
        assertThat(now.getList("history.lag", Integer.class)).contains(0, 4);
    }

    @Test
    void aServiceThatDoesNotAnswerShowsAsDownAndItsFiguresAsNull() {
        JsonPath now = snapshot();
        List<Map<String, Object>> services = now.getList("services");
        assertThat(services).extracting(s -> s.get("name")).containsExactly("order-consumer", "cache-worker", "ai-worker");
        assertThat(services).allSatisfy(s -> assertThat(s).containsOnlyKeys("name", "up").containsEntry("up", false));
        assertThat(now.getMap("dlq")).containsEntry("by_reason", null);
        assertThat(now.getMap("$")).containsEntry("embeddings", null);
        // core-api's own counters still count: its registry is one of the instances summed.
        assertThat(now.getDouble("database.slow_queries")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void adminPanelsAreRefusedWithoutTheTokenAsProblems() {
        given().when().get("/admin/ops").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401));
        given().header("Authorization", "Bearer not-the-token").when().get("/admin/ops").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("not valid"));
        // The public snapshot carries none of them.
        assertThat(snapshot().getMap("$")).doesNotContainKeys("last_migration", "last_backup", "admin");
    }

    @Test
    void adminPanelsShowTheLastMigrationAndTheNewestBackup() {
        String latest = given().header("Authorization", "Bearer " + AdminProfiles.TOKEN).when().get("/admin/db/migrations")
                .then().statusCode(200).extract().path("current_version");
        String backup = given().header("Authorization", "Bearer " + AdminProfiles.TOKEN).queryParam("schema", "public")
                .when().post("/admin/db/backups").then().statusCode(201).extract().path("name");
        JsonPath admin = given().header("Authorization", "Bearer " + AdminProfiles.TOKEN).when().get("/admin/ops")
                .then().statusCode(200).extract().jsonPath();
        assertThat(admin.getString("last_migration.version")).isEqualTo(latest);
        assertThat(admin.getBoolean("last_migration.success")).isTrue();
        assertThat(admin.getInt("pending_migrations")).isZero();
        assertThat(admin.getString("last_backup.name")).isEqualTo(backup);
        assertThat(admin.getLong("last_backup.size_bytes")).isPositive();
        assertThat(admin.getString("backup_directory")).endsWith("ops-backups");
    }

    @Test
    void thePageAndEverythingItLoadsShipInTheJar() {
        given().redirects().follow(false).when().get("/ops").then().statusCode(302).header("Location", endsWith("/ops/"));
        String html = given().when().get("/ops/").then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("<canvas", "src=\"ops.js\"", "href=\"ops.css\"").doesNotContain("http://", "https://");
        given().when().get("/ops/ops.js").then().statusCode(200).body(containsString("/api/ops/snapshot"));
        given().when().get("/ops/ops.css").then().statusCode(200);
    }
}
