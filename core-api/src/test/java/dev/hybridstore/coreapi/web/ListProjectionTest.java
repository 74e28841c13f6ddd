package dev.hybridstore.coreapi.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.model.catalog.Project;
import dev.hybridstore.model.commerce.User;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.TestDatabase;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** ?fields= on the commerce and catalog lists: only those columns are read and answered, and the key comes along. */
@QuarkusTest
class ListProjectionTest {

    private static final TestIds IDS = TestIds.create("PROJ");

    @AfterAll
    static void cleanUp() {
        CommerceFixtures.deleteOwnRows(IDS);
        try (TestDatabase db = new TestDatabase()) {
            db.update("DELETE FROM pokervod.seasons WHERE project_id IN (SELECT id FROM pokervod.projects WHERE code LIKE ?)", IDS.prefix() + "%");
            db.update("DELETE FROM pokervod.projects WHERE code LIKE ?", IDS.prefix() + "%");
        }
    }

    @Test
    void usersPageThroughWithOnlyTheAskedColumnsAndTheirKey() {
        String region = IDS.prefix();
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("user_id", IDS.prefix() + "_u" + i, "name", "Narrow " + i, "region", region,
                    "age", 40)).when().post("/api/users").then().statusCode(201);
        }
        List<Map<String, Object>> seen = new ArrayList<>();
        String after = "";
        while (after != null) {
            JsonPath page = given().queryParam("region", region).queryParam("limit", 2).queryParam("after", after)
                    .queryParam("fields", "name, age_group").when().get("/api/users").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items"));
            after = page.getString("next_after");
        }

        assertThat(seen).hasSize(3).allSatisfy(item -> assertThat(item).containsOnlyKeys("user_id", "name", "age_group"));
        assertThat(seen.get(2)).containsEntry("user_id", IDS.prefix() + "_u2").containsEntry("name", "Narrow 2").containsEntry("age_group", "40대");
    }

    @Test
    void productsAnswerOnlyTheAskedColumns() {
        CommerceFixtures.Shop shop = CommerceFixtures.shop(IDS);

        JsonPath page = given().queryParam("store_id", shop.store()).queryParam("fields", "price").when().get("/api/products")
                .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> items = page.getList("items");
        assertThat(items).singleElement().satisfies(item -> assertThat(item).containsOnlyKeys("product_id", "price"));
        assertThat(page.getString("items[0].product_id")).isEqualTo(shop.product());
    }

    @Test
    void aCatalogListProjectsItsColumnsAndAllColumnsEqualTheWholeRow() {
        String code = IDS.next();
        String projectId = given().contentType(ContentType.JSON).body(Map.of("project", Map.of("code", code, "name", "Narrow tour"),
                "seasons", List.of(Map.of("season", Map.of("year", 2024, "name", "NT 2024"))))).when().post("/api/catalog/trees")
                .then().statusCode(201).extract().path("project_id");

        given().queryParam("fields", "year,,").when().get("/api/catalog/projects/{id}/seasons", projectId)
                .then().statusCode(200).body("[0].size()", equalTo(2)).body("[0].year", equalTo(2024));
        Map<String, Object> whole = given().when().get("/api/catalog/projects/{id}", projectId).then().extract().jsonPath().getMap("");
        List<Map<String, Object>> all = given().queryParam("limit", 100).queryParam("fields", String.join(",", whole.keySet()))
                .when().get("/api/catalog/projects").then().statusCode(200).extract().jsonPath().getList("");
        List<Map<String, Object>> plain = given().queryParam("limit", 100).when().get("/api/catalog/projects").then().extract().jsonPath().getList("");
        assertThat(all).isEqualTo(plain).contains(whole);
    }

    @Test
    void anUnknownFieldIsABadRequestNamingItAndTheFields() {
        given().queryParam("fields", "name,password,salary").when().get("/api/users").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("fields"))
                .body("errors[0].message", equalTo("no fields 'password', 'salary'; the fields are " + User.ROWS.columns()));
        given().queryParam("fields", "").when().get("/api/catalog/tags").then().statusCode(200);
        given().queryParam("fields", "codes").when().get("/api/catalog/projects").then().statusCode(400)
                .body("errors[0].message", equalTo("no field 'codes'; the fields are " + Project.ROWS.columns()));
    }
}
