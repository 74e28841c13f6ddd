package dev.hybridstore.coreapi.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.OwnStores;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seed 002's "last N days against the N days before", checked against figures computed here from the inserted orders. */
@QuarkusTest
class SalesComparisonTest {

    @RegisterExtension
    static final OwnStores STORES = OwnStores.tagged("CMP", "Seoul", "Seoul");
    static final TestIds IDS = STORES.ids();
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final String USER = IDS.prefix() + "_user";
    static final String RISING = IDS.prefix() + "_p1";
    static final String NEW = IDS.prefix() + "_p2";
    static final String FADING = IDS.prefix() + "_p3";

    record Sale(String product, long store, int total, LocalDateTime at) {
    }

    static List<Sale> sales;

    @BeforeAll
    static void orders() throws Exception {
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.user(USER, "Park", "F", 29, "Seoul");
            for (String p : List.of(RISING, NEW, FADING)) {
                db.product(p, "Product " + p, "snacks", 1000, STORES.main());
            }
            sales = List.of(
                    new Sale(RISING, STORES.main(), 5000, TODAY.atTime(10, 0)),
                    new Sale(RISING, STORES.main(), 3000, TODAY.minusDays(6).atStartOfDay()),          // first moment of the recent week
                    new Sale(RISING, STORES.main(), 4000, TODAY.minusDays(7).atTime(23, 59, 59)),      // last moment of the week before
                    new Sale(RISING, STORES.main(), 2000, TODAY.minusDays(13).atStartOfDay()),
                    new Sale(RISING, STORES.main(), 99999, TODAY.minusDays(14).atTime(23, 0)),         // before both windows
                    new Sale(RISING, STORES.other(), 50000, TODAY.minusDays(1).atTime(9, 0)),      // another store
                    new Sale(NEW, STORES.main(), 7000, TODAY.minusDays(2).atTime(18, 30)),
                    new Sale(FADING, STORES.main(), 6000, TODAY.minusDays(10).atTime(8, 15)),
                    new Sale(FADING, STORES.main(), 1500, TODAY.minusDays(9).atTime(8, 15)));
            for (Sale s : sales) {
                db.order(IDS.next(), USER, s.product(), s.store(), 1, s.total(), "paid", "CARD", s.at());
            }
        }
    }

    /** Independent of the service: sums per product of the store's sales whose day lies in [from, to]. */
    static Map<String, Long> sum(LocalDate from, LocalDate to) {
        return sales.stream().filter(s -> s.store() == STORES.main())
                .filter(s -> !s.at().toLocalDate().isBefore(from) && !s.at().toLocalDate().isAfter(to))
                .collect(Collectors.groupingBy(Sale::product, Collectors.summingLong(Sale::total)));
    }

    @Test
    void comparesEachProductsLastWeekWithTheWeekBefore() {
        int days = 7;
        Map<String, Long> recent = sum(TODAY.minusDays(days - 1), TODAY);
        Map<String, Long> previous = sum(TODAY.minusDays(2L * days - 1), TODAY.minusDays(days));

        JsonPath body = given().queryParam("days", days).when().get("/api/stores/{id}/sales/comparison", STORES.main())
                .then().statusCode(200).extract().jsonPath();

        assertThat(body.getString("recent_from")).isEqualTo(TODAY.minusDays(6).toString());
        assertThat(body.getString("previous_to")).isEqualTo(TODAY.minusDays(7).toString());
        List<Map<String, Object>> products = body.getList("products");
        List<String> expectedOrder = java.util.stream.Stream.of(RISING, NEW, FADING)
                .sorted(Comparator.comparing((String p) -> recent.getOrDefault(p, 0L)).reversed().thenComparing(p -> p)).toList();
        assertThat(products).extracting(p -> p.get("product_id")).containsExactlyElementsOf(expectedOrder);
        for (Map<String, Object> p : products) {
            String id = (String) p.get("product_id");
            long r = recent.getOrDefault(id, 0L);
            long b = previous.getOrDefault(id, 0L);
            assertThat(((Number) p.get("recent_sales")).longValue()).as(id + " recent").isEqualTo(r);
            assertThat(((Number) p.get("previous_sales")).longValue()).as(id + " previous").isEqualTo(b);
            assertThat(((Number) p.get("delta")).longValue()).as(id + " delta").isEqualTo(r - b);
            if (b == 0) {
                assertThat(p.get("change_pct")).as(id + " change").isNull();
            } else {
                BigDecimal expected = BigDecimal.valueOf(100 * (r - b)).divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP);
                assertThat(new BigDecimal(p.get("change_pct").toString())).as(id + " change").isEqualByComparingTo(expected);
            }
        }
    }

    @Test
    void oneDayComparesTodayWithYesterday() {
        JsonPath body = given().queryParam("days", 1).when().get("/api/stores/{id}/sales/comparison", STORES.main())
                .then().statusCode(200).extract().jsonPath();
        assertThat(body.getList("products.product_id")).containsExactly(RISING);
        assertThat(body.getLong("products[0].recent_sales")).isEqualTo(sum(TODAY, TODAY).get(RISING));
        assertThat(body.getString("products[0].change_pct")).isNull();
    }

    @Test
    void daysOutsideOneToNinetyAreBadRequests() {
        for (String days : List.of("0", "91", "week")) {
            given().queryParam("days", days).when().get("/api/stores/{id}/sales/comparison", STORES.main())
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("days"));
        }
    }

    @Test
    void anUnknownStoreIsNotFound() {
        given().when().get("/api/stores/{id}/sales/comparison", Long.MAX_VALUE).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
