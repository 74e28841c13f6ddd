package dev.hybridstore.coreapi.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.hybridstore.coreapi.web.KeysetPages;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StoreResourceTest {

    static final TestIds IDS = TestIds.create("STO");

    @AfterAll
    static void cleanUp() {
        CommerceFixtures.deleteOwnRows(IDS);
    }

    long create(String name, String region) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "region", region)).when().post("/api/stores")
                .then().statusCode(201).body("store_id", notNullValue()).body("created_at", notNullValue())
                .extract().jsonPath().getLong("store_id");
    }

    @Test
    void createsReadsAndUpdatesAStore() {
        String name = IDS.next();
        var created = given().contentType(ContentType.JSON).body(Map.of("name", name, "region", "Seoul")).when().post("/api/stores")
                .then().statusCode(201).extract();
        long id = created.jsonPath().getLong("store_id");
        assertThat(created.header("Location")).endsWith("/api/stores/" + id);

        given().when().get("/api/stores/" + id).then().statusCode(200).body("name", equalTo(name)).body("region", equalTo("Seoul"));
        given().contentType(ContentType.JSON).body(Map.of("name", name, "region", "Jeju")).when().put("/api/stores/" + id)
                .then().statusCode(200).body("region", equalTo("Jeju"));
        given().when().get("/api/stores/" + id).then().body("region", equalTo("Jeju"));
    }

    @Test
    void aClientChosenStoreIdIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("store_id", 5, "name", IDS.next())).when().post("/api/stores")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("store_id"));
    }

    @Test
    void aBlankNameIsABadRequest() {
        given().contentType(ContentType.JSON).body(Map.of("name", " ")).when().post("/api/stores")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("name"));
    }

    @Test
    void unknownStoreIsNotFound() {
        given().when().get("/api/stores/" + Long.MAX_VALUE).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Store '" + Long.MAX_VALUE + "' does not exist"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).when().put("/api/stores/" + Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    void listsStoresOfARegionInKeysetPages() {
        String region = IDS.prefix();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(create(IDS.next(), region));
        }
        create(IDS.next(), region + "_elsewhere");
        List<JsonPath> pages = KeysetPages.walk("/api/stores", Map.of("region", region, "limit", 2));
        assertThat(KeysetPages.items(pages, "store_id", Long.class)).containsExactlyElementsOf(created);
    }
}
