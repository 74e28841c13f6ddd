package dev.hybridstore.coreapi.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.OwnStores;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seed 002's daily reports: computed from hand-made orders, cached under report:{store}:{date}:{category}, dropped by pattern. */
@QuarkusTest
class ReportResourceTest {

    @RegisterExtension
    static final OwnStores STORES = OwnStores.tagged("RPT", "Seoul", "Seoul");
    static final TestIds IDS = STORES.ids();
    static final LocalDate DAY = LocalDate.of(2025, 1, 9);
    /** The service's default zone (hybridstore.reports.zone=UTC). */
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    record Placed(String id, String user, String product, long store, int quantity, int total, String status, String payment,
            LocalDateTime at) {

        /** Cancelled and refunded orders are not sales. */
        boolean sale() {
            return !status.equalsIgnoreCase("cancelled") && !status.equalsIgnoreCase("refunded");
        }
    }

    static final String YOUNG_MAN = IDS.prefix() + "_u20m";
    static final String WOMAN = IDS.prefix() + "_u30f";
    static final String COFFEE = IDS.prefix() + "_coffee";
    static final String TEA = IDS.prefix() + "_tea";
    static final Map<String, String> AGE_GROUP = Map.of(YOUNG_MAN, "20대", WOMAN, "30대");
    static final Map<String, String> GENDER = Map.of(YOUNG_MAN, "M", WOMAN, "F");
    static List<Placed> placed;

    @Inject
    RedisDataSource redis;

    @BeforeAll
    static void orders() throws Exception {
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.user(YOUNG_MAN, "Kim", "M", 24, "Seoul");
            db.user(WOMAN, "Lee", "F", 36, "Seoul");
            db.product(COFFEE, "Coffee", "drinks", 5000, STORES.main());
            db.product(TEA, "Tea", "drinks", 3000, STORES.main());
            placed = List.of(
                    new Placed(IDS.next(), WOMAN, COFFEE, STORES.main(), 2, 10000, "paid", "CARD", DAY.atTime(9, 0)),
                    new Placed(IDS.next(), YOUNG_MAN, COFFEE, STORES.main(), 1, 5000, "paid", "CASH", DAY.atTime(13, 0)),
                    new Placed(IDS.next(), WOMAN, TEA, STORES.main(), 3, 9000, "cancelled", "CARD", DAY.atTime(23, 59, 59)),
                    new Placed(IDS.next(), WOMAN, TEA, STORES.main(), 1, 3000, "paid", "CARD", DAY.plusDays(1).atStartOfDay()),
                    new Placed(IDS.next(), WOMAN, TEA, STORES.main(), 1, 3000, "paid", "CARD", DAY.minusDays(1).atTime(23, 59)),
                    new Placed(IDS.next(), WOMAN, COFFEE, STORES.other(), 4, 20000, "paid", "CARD", DAY.atTime(12, 0)),
                    new Placed(IDS.next(), YOUNG_MAN, TEA, STORES.main(), 2, 6000, "paid", "CARD", TODAY.atStartOfDay()));
            for (Placed p : placed) {
                db.order(p.id(), p.user(), p.product(), p.store(), p.quantity(), p.total(), p.status(), p.payment(), p.at());
            }
        }
    }

    /** Each test starts without cached reports of this class's stores (KEYS is fine in the tests' own Redis db). */
    @AfterEach
    void dropCachedReports() {
        for (long id : new long[] {STORES.main(), STORES.other()}) {
            redis.key().keys(RedisKeys.reportPattern(id)).forEach(redis.key()::del);
        }
    }

    static List<Placed> ofDay(long storeId, LocalDate day) {
        return placed.stream().filter(p -> p.store() == storeId && p.at().toLocalDate().equals(day)).toList();
    }

    /** The store's sales of the day: what the sales and products reports count. */
    static List<Placed> salesOfDay(long storeId, LocalDate day) {
        return ofDay(storeId, day).stream().filter(Placed::sale).toList();
    }

    static JsonPath report(long storeId, LocalDate day, String category) {
        return given().when().get("/api/stores/{id}/reports/{date}/{category}", storeId, day.toString(), category)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void salesReportIsComputedFromTheDaysSalesAndCachedForADay() {
        List<Placed> day = salesOfDay(STORES.main(), DAY);
        assertThat(day).as("the day has a cancelled order, left out").hasSizeLessThan(ofDay(STORES.main(), DAY).size());
        long total = day.stream().mapToLong(Placed::total).sum();

        JsonPath first = report(STORES.main(), DAY, "sales");
        assertThat(first.getBoolean("cached")).isFalse();
        assertThat(first.getLong("report.store_id")).isEqualTo(STORES.main());
        assertThat(first.getString("report.date")).isEqualTo(DAY.toString());
        assertThat(first.getLong("report.figures.order_count")).isEqualTo(day.size());
        assertThat(first.getLong("report.figures.total_sales")).isEqualTo(total);
        assertThat(first.getLong("report.figures.items_sold")).isEqualTo(day.stream().mapToLong(Placed::quantity).sum());
        assertThat(new BigDecimal(first.getString("report.figures.average_order")))
                .isEqualByComparingTo(BigDecimal.valueOf(total).divide(BigDecimal.valueOf(day.size()), 2, RoundingMode.HALF_UP));

        String key = RedisKeys.report(STORES.main(), DAY, "sales");
        long ttl = redis.key().ttl(key);
        assertThat(ttl).isBetween(24 * 3600L - 60, 24 * 3600L);

        assertThat(report(STORES.main(), DAY, "sales").getBoolean("cached")).isTrue();
    }

    @Test
    void aCachedReportIsServedWithoutRecomputing() throws Exception {
        LocalDate quietDay = DAY.minusDays(20);
        assertThat(report(STORES.main(), quietDay, "sales").getLong("report.figures.total_sales")).isZero();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.order(IDS.next(), WOMAN, COFFEE, STORES.main(), 1, 777, "paid", "CARD", quietDay.atTime(15, 0)); // after caching
        }
        JsonPath second = report(STORES.main(), quietDay, "sales");
        assertThat(second.getBoolean("cached")).isTrue();
        assertThat(second.getLong("report.figures.total_sales")).isZero();
    }

    @Test
    void ordersReportBreaksTheDayDownByStatusPaymentAgeGroupAndGender() {
        List<Placed> day = ofDay(STORES.main(), DAY);
        JsonPath report = report(STORES.main(), DAY, "orders");
        assertThat(report.getLong("report.figures.order_count")).isEqualTo(day.size());
        assertThat(longs(report.getMap("report.figures.by_status"))).isEqualTo(countBy(day, Placed::status));
        assertThat(longs(report.getMap("report.figures.by_payment_method"))).isEqualTo(countBy(day, Placed::payment));
        assertThat(longs(report.getMap("report.figures.by_age_group"))).isEqualTo(countBy(day, p -> AGE_GROUP.get(p.user())));
        assertThat(longs(report.getMap("report.figures.by_gender"))).isEqualTo(countBy(day, p -> GENDER.get(p.user())));
    }

    @Test
    void productsReportRanksTheDaysBestSellers() {
        List<Placed> day = salesOfDay(STORES.main(), DAY);
        Map<String, Long> sales = day.stream().collect(Collectors.groupingBy(Placed::product, Collectors.summingLong(Placed::total)));
        List<String> ranked = sales.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();

        JsonPath report = report(STORES.main(), DAY, "products");
        assertThat(report.getList("report.figures.top_products.product_id", String.class)).isEqualTo(ranked);
        assertThat(report.getLong("report.figures.top_products[0].sales")).isEqualTo(sales.get(ranked.get(0)));
        assertThat(report.getString("report.figures.top_products[0].name")).isEqualTo("Coffee");
    }

    @Test
    void todaysReportIsCachedForTenMinutes() {
        JsonPath report = report(STORES.main(), TODAY, "sales");
        assertThat(report.getLong("report.figures.order_count")).isEqualTo(salesOfDay(STORES.main(), TODAY).size());
        assertThat(redis.key().ttl(RedisKeys.report(STORES.main(), TODAY, "sales"))).isBetween(540L, 600L);
    }

    @Test
    void droppingAStoresReportsRemovesOnlyItsKeys() {
        report(STORES.main(), DAY.minusDays(3), "sales");
        report(STORES.main(), DAY.minusDays(3), "orders");
        report(STORES.other(), DAY.minusDays(3), "sales");
        List<String> ours = redis.key().keys(RedisKeys.reportPattern(STORES.main())); // KEYS is fine in a test's own Redis db

        given().when().delete("/api/stores/{id}/reports", STORES.main()).then().statusCode(200)
                .body("store_id", equalTo((int) STORES.main())).body("dropped", equalTo(ours.size()));

        assertThat(ours).isNotEmpty();
        assertThat(redis.key().keys(RedisKeys.reportPattern(STORES.main()))).isEmpty();
        assertThat(redis.key().exists(RedisKeys.report(STORES.other(), DAY.minusDays(3), "sales"))).isTrue();
        given().when().get("/api/stores/{id}/reports/{date}/sales", STORES.main(), DAY.minusDays(3).toString()).then().body("cached", equalTo(false));
    }

    @Test
    void aFutureDateIsABadRequest() {
        given().when().get("/api/stores/{id}/reports/{date}/sales", STORES.main(), TODAY.plusDays(2).toString())
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("date"));
    }

    @Test
    void anUnknownStoreIsNotFound() {
        given().when().get("/api/stores/{id}/reports/{date}/sales", Long.MAX_VALUE, DAY.toString())
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("detail", equalTo("Store '" + Long.MAX_VALUE + "' does not exist"));
        given().when().delete("/api/stores/{id}/reports", Long.MAX_VALUE).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    private static Map<String, Long> countBy(List<Placed> orders, Function<Placed, String> key) {
        return orders.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static Map<String, Long> longs(Map<String, Object> json) {
        return json.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).longValue()));
    }
}
