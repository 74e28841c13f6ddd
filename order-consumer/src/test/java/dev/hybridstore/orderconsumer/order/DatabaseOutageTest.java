package dev.hybridstore.orderconsumer.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.testsupport.LogCapture;
import dev.hybridstore.testsupport.MetricsPage;
import dev.hybridstore.testsupport.ProxiedDatabase;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TcpProxy;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away while orders stream in (a proxy in front of it is cut, for longer than the pool's connection
 * timeout) and comes back: every order is stored exactly once and nothing on the failure and retry path fails uncaught.
 * Issue 13: the pool's connection-timeout timer completed failed statements a second time ("Result is already complete").
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.DatabaseBehindAProxy.class)
class DatabaseOutageTest {

    /** Short, so that an outage outlasts it within seconds; production keeps the Vert.x default (30 s). */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(1);
    static final int ORDERS = 40;

    public static class DatabaseBehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Retries every few hundred milliseconds: many failed statements, each one arming the old code's timer.
            return Map.of("hybridstore.orders.retry-initial-backoff", "100ms", "hybridstore.orders.retry-max-backoff", "400ms");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedDatabase.class));
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(ShortConnectionTimeout.class);
        }
    }

    /** The pool Quarkus would build, with {@link #CONNECTION_TIMEOUT}. */
    @Alternative
    @Singleton
    public static class ShortConnectionTimeout implements PgPoolCreator {
        @Override
        public Pool create(Input input) {
            return PgPool.pool(input.vertx(), input.pgConnectOptionsList().get(0), input.poolOptions()
                    .setConnectionTimeout((int) CONNECTION_TIMEOUT.toSeconds()).setConnectionTimeoutUnit(TimeUnit.SECONDS));
        }
    }

    TcpProxy proxy;

    @Inject
    OrderBatchService batches;

    @ConfigProperty(name = OrdersTestTopic.TOPIC_PROPERTY)
    String topic;

    private final TestIds ids = TestIds.create("PGOUT");
    private Commerce commerce;

    @AfterEach
    void tearDown() throws Exception {
        proxy.restore();
        if (commerce != null) {
            commerce.deleteAll();
            commerce.close();
        }
    }

    @Test
    void prometheusSeesReadinessGoDownAndComeBack() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metrics().value("hybridstore_ready")).hasValue(1.0));

        proxy.cut();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metrics().value("hybridstore_ready")).hasValue(0.0));
        given().when().get("/q/health/ready").then().statusCode(503);

        proxy.restore();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(metrics().value("hybridstore_ready")).hasValue(1.0));
    }

    private static MetricsPage metrics() {
        return new MetricsPage(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    @Test
    void ordersConsumedWhileThePoolCannotConnectAreStoredOnceAfterwardsAndNothingFailsUncaught() throws Exception {
        commerce = new Commerce(RealServices.endpoints().databaseUrl(), ids.prefix());
        long store = commerce.store("store");
        String user = ids.next(), product = ids.next(), orderPrefix = ids.prefix() + "-O";
        commerce.user(user, "M", 45, "대전");
        commerce.product(product, "도서", 12000, store);
        List<String> expected = IntStream.rangeClosed(0, ORDERS).mapToObj(i -> orderPrefix + i).toList();

        try (LogCapture logs = LogCapture.start(); OrderEvents events = new OrderEvents(RealServices.endpoints().kafkaBootstrap(), topic)) {
            // One order through the proxy first: the pipeline runs and its pool holds live connections when they are cut.
            events.send(order(expected.get(0), user, product));
            await().atMost(Duration.ofSeconds(30)).until(() -> commerce.countOrders(orderPrefix)[0] == 1);

            proxy.cut();
            // Readiness asks PostgreSQL through the same pool, and reports it down.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'Reactive PostgreSQL connections health check' }.status", equalTo("DOWN")));
            expected.subList(1, expected.size()).forEach(id -> events.send(order(id, user, product)));
            // The user and product are not cached in Redis: each attempt asks PostgreSQL, fails and is retried. The outage
            // lasts well beyond the connection timeout, so timers armed by the probe and the first attempts fire within it.
            await().atMost(Duration.ofSeconds(30)).until(() -> batches.failing()
                    .filter(f -> f.since().isBefore(Instant.now().minus(CONNECTION_TIMEOUT.multipliedBy(3)))).isPresent());
            assertThat(commerce.countOrders(orderPrefix)).as("orders stored while the database was unreachable").containsExactly(1, 1);

            proxy.restore();
            await().atMost(Duration.ofSeconds(30)).until(() -> commerce.countOrders(orderPrefix)[0] == expected.size());
            assertThat(commerce.countOrders(orderPrefix)).as("rows and distinct order ids").containsExactly(expected.size(), expected.size());
            await().atMost(Duration.ofSeconds(10)).until(() -> batches.failing().isEmpty());

            assertThat(logs.warnings("dev.hybridstore.orderconsumer")).as("the outage's WARN: the capture saw the outage")
                    .anySatisfy(r -> assertThat(LogCapture.text(r)).startsWith("Storing a batch of orders failed"));
            assertThat(logs.withStackTraces()).as("records with a stack trace, e.g. an uncaught 'Result is already complete'")
                    .extracting(r -> r.getLoggerName() + ": " + LogCapture.text(r) + " / " + r.getThrown()).isEmpty();
        }
    }

    private static OrderPlaced order(String orderId, String user, String product) {
        return new OrderPlaced(1, orderId, user, product, 1, null, 0, 0, "card", "completed", Instant.now());
    }
}
