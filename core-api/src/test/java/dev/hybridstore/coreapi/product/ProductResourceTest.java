package dev.hybridstore.coreapi.product;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.oneOf;

import dev.hybridstore.coreapi.web.KeysetPages;
import dev.hybridstore.model.redis.RedisKeys;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.OwnStores;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class ProductResourceTest {

    @RegisterExtension
    static final OwnStores STORES = OwnStores.tagged("PRD", "Seoul", "Busan");
    static final TestIds IDS = STORES.ids();

    @Inject
    RedisDataSource redis;

    /** Products the service named are not under the prefix: deleted by store, before the stores go with the prefix's rows. */
    @AfterAll
    static void productsWithServiceIds() {
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.update("DELETE FROM products WHERE store_id IN (?, ?)", STORES.main(), STORES.other());
        }
    }

    static Map<String, Object> product(String id, String name, String category, String brand, int price, long storeId) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "category", category, "brand", brand, "price", price,
                "store_id", storeId, "stock", 10, "discount_rate", 0.1));
        if (id != null) {
            body.put("product_id", id);
        }
        return body;
    }

    @Test
    void createsReadsAndUpdatesAProduct() {
        String id = IDS.next();
        given().contentType(ContentType.JSON).body(product(id, "Americano", "coffee", "Cafe", 4500, STORES.main())).when().post("/api/products")
                .then().statusCode(201).header("Location", endsWith("/api/products/" + id))
                .body("product_id", equalTo(id)).body("store_id", equalTo((int) STORES.main())).body("discount_rate", equalTo(0.1f));
        given().when().get("/api/products/" + id).then().statusCode(200).body("price", equalTo(4500));

        given().contentType(ContentType.JSON).body(product(null, "Americano (L)", "coffee", "Cafe", 5000, STORES.main()))
                .when().put("/api/products/" + id).then().statusCode(200).body("price", equalTo(5000));

        assertThat(redis.hash(String.class).hget(RedisKeys.PRODUCTS, id)).contains("\"Americano (L)\"");
        given().when().get("/api/products/" + id).then().body("name", equalTo("Americano (L)"));
    }

    @Test
    void assignsAProductIdWhenAbsent() {
        given().contentType(ContentType.JSON).body(product(null, "No id", IDS.prefix(), "Cafe", 100, STORES.other())).when().post("/api/products")
                .then().statusCode(201).body("product_id", matchesPattern("P[0-9A-Z]{14,}"));
    }

    @Test
    void duplicateIdIsAConflict() {
        String id = IDS.next();
        given().contentType(ContentType.JSON).body(product(id, "A", "x", "b", 1, STORES.main())).when().post("/api/products").then().statusCode(201);
        given().contentType(ContentType.JSON).body(product(id, "A", "x", "b", 1, STORES.main())).when().post("/api/products")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE).body("detail", equalTo("Product '" + id + "' already exists"));
    }

    @Test
    void unknownStoreIsAnUnprocessableProblemNamingStoreId() {
        given().contentType(ContentType.JSON).body(product(IDS.next(), "Orphan", "x", "b", 1, Long.MAX_VALUE)).when().post("/api/products")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("store_id"))
                .body("errors[0].message", equalTo("no store '" + Long.MAX_VALUE + "'"));
    }

    @Test
    void negativePriceIsABadRequest() {
        given().contentType(ContentType.JSON).body(product(IDS.next(), "Cheap", "x", "b", -1, STORES.main())).when().post("/api/products")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("price"));
    }

    @Test
    void aHitIsServedFromTheCache() throws Exception {
        String id = IDS.next();
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.product(id, "Cached", "tea", 3000, STORES.main());
            given().when().get("/api/products/" + id).then().statusCode(200).body("price", equalTo(3000));
            db.update("UPDATE products SET price = 9999 WHERE product_id = ?", id);
            given().when().get("/api/products/" + id).then().body("price", equalTo(3000));
            given().header("Cache-Control", "no-cache").when().get("/api/products/" + id).then().body("price", equalTo(9999));
        }
    }

    @Test
    void filtersByCategoryStoreBrandAndPriceRangeInKeysetPages() {
        String category = IDS.prefix() + "_cat";
        List<String> inRange = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = IDS.prefix() + "_f" + i;
            given().contentType(ContentType.JSON).body(product(id, "F" + i, category, "Acme", 1000 * (i + 1), STORES.main()))
                    .when().post("/api/products").then().statusCode(201);
            if (i >= 1 && i <= 3) {
                inRange.add(id); // prices 2000, 3000, 4000
            }
        }
        given().contentType(ContentType.JSON).body(product(IDS.prefix() + "_g", "Other brand", category, "Other", 2500, STORES.main()))
                .when().post("/api/products").then().statusCode(201);
        given().contentType(ContentType.JSON).body(product(IDS.prefix() + "_h", "Other store", category, "Acme", 2500, STORES.other()))
                .when().post("/api/products").then().statusCode(201);

        List<JsonPath> pages = KeysetPages.walk("/api/products", Map.of("category", category, "store_id", STORES.main(), "brand", "Acme",
                "min_price", 2000, "max_price", 4000, "limit", 2));

        assertThat(KeysetPages.items(pages, "product_id", String.class)).containsExactlyElementsOf(inRange);
        assertThat(pages).hasSize(2);
    }

    @Test
    void randomAnswersOneOfTheCachedProductsAndNotFoundWhenEmpty() {
        redis.key().del(RedisKeys.PRODUCTS);
        given().when().get("/api/products/random").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", org.hamcrest.Matchers.containsString("cache-worker"));
        redis.hash(String.class).hset(RedisKeys.PRODUCTS, Map.of("P_R1", "{\"product_id\":\"P_R1\"}", "P_R2", "{\"product_id\":\"P_R2\"}"));
        given().when().get("/api/products/random").then().statusCode(200).body("product_id", oneOf("P_R1", "P_R2"));
        redis.key().del(RedisKeys.PRODUCTS);
    }

    @Test
    void nonNumericStoreFilterIsABadRequest() {
        given().queryParam("store_id", "main").when().get("/api/products")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("store_id"));
    }
}
