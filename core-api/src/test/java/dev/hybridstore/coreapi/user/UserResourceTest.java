package dev.hybridstore.coreapi.user;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

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
class UserResourceTest {

    static final TestIds IDS = TestIds.create("USR");

    @AfterAll
    static void cleanUp() throws Exception {
        try (CommerceFixtures db = CommerceFixtures.open()) {
            db.deleteByPrefix(IDS.prefix());
            db.update("DELETE FROM users WHERE region = ?", IDS.prefix());
        }
    }

    @Test
    void createsUserWithGivenIdAndDerivesAgeGroup() {
        String id = IDS.next();
        given().contentType(ContentType.JSON)
                .body(Map.of("user_id", id, "name", "Hong Gil Dong", "gender", "M", "age", 34, "region", "Seoul", "join_date", "2025-01-09"))
                .when().post("/api/users")
                .then().statusCode(201)
                .header("Location", endsWith("/api/users/" + id))
                .body("user_id", equalTo(id)).body("age_group", equalTo("30대")).body("join_date", equalTo("2025-01-09"));

        given().when().get("/api/users/" + id).then().statusCode(200).body("name", equalTo("Hong Gil Dong"));
    }

    @Test
    void assignsAnIdWhenAbsent() {
        String location = given().contentType(ContentType.JSON).body(Map.of("name", "No Id", "region", IDS.prefix()))
                .when().post("/api/users")
                .then().statusCode(201).body("user_id", matchesPattern("U[0-9A-Z]{14,}")).extract().header("Location");
        given().when().get(location).then().statusCode(200).body("name", equalTo("No Id"));
    }

    @Test
    void refusesADuplicateIdWithAConflictProblem() {
        String id = IDS.next();
        Map<String, Object> body = Map.of("user_id", id, "name", "First");
        given().contentType(ContentType.JSON).body(body).when().post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).when().post("/api/users")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Conflict")).body("detail", equalTo("User '" + id + "' already exists"));
    }

    @Test
    void updatesAUserAndAnswersTheNewState() {
        String id = IDS.next();
        given().contentType(ContentType.JSON).body(Map.of("user_id", id, "name", "Before", "age", 20)).when().post("/api/users")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("name", "After", "age", 41, "gender", "F"))
                .when().put("/api/users/" + id)
                .then().statusCode(200).body("name", equalTo("After")).body("age_group", equalTo("40대")).body("gender", equalTo("F"));
        given().header("Cache-Control", "no-cache").when().get("/api/users/" + id).then().body("name", equalTo("After"));
    }

    @Test
    void updateOfAnUnknownUserIsNotFound() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Nobody")).when().put("/api/users/" + IDS.next())
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("title", equalTo("Not Found"));
    }

    @Test
    void updateWithAnotherIdInTheBodyIsABadRequest() {
        given().contentType(ContentType.JSON).body(Map.of("user_id", "someone-else", "name", "X")).when().put("/api/users/" + IDS.next())
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("user_id"));
    }

    @Test
    void unknownUserIsANotFoundProblem() {
        String id = IDS.next();
        given().when().get("/api/users/" + id).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Not Found")).body("detail", equalTo("User '" + id + "' does not exist"));
    }

    @Test
    void listsUsersInKeysetPagesUntilNextAfterIsNull() {
        String region = IDS.prefix();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = IDS.prefix() + "_page_" + i;
            created.add(id);
            given().contentType(ContentType.JSON).body(Map.of("user_id", id, "name", "Pager " + i, "region", region))
                    .when().post("/api/users").then().statusCode(201);
        }
        List<JsonPath> pages = KeysetPages.walk("/api/users", Map.of("region", region, "limit", 2));

        assertThat(KeysetPages.items(pages, "user_id", String.class)).containsExactlyElementsOf(created.stream().sorted().toList());
        assertThat(pages).extracting(page -> page.getList("items").size()).containsExactly(2, 2, 1);
    }

    @Test
    void filtersByGenderAndAgeGroup() {
        String region = IDS.prefix() + "_seg";
        String woman30 = IDS.next();
        String man30 = IDS.next();
        String woman50 = IDS.next();
        for (Object[] u : new Object[][] {{woman30, "F", 35}, {man30, "M", 31}, {woman50, "F", 52}}) {
            given().contentType(ContentType.JSON).body(Map.of("user_id", u[0], "name", "Seg", "gender", u[1], "age", u[2], "region", region))
                    .when().post("/api/users").then().statusCode(201);
        }
        List<String> women30s = given().queryParam("region", region).queryParam("gender", "F").queryParam("age_group", "30대")
                .when().get("/api/users").then().statusCode(200).body("next_after", nullValue())
                .extract().jsonPath().getList("items.user_id");
        assertThat(women30s).containsExactly(woman30);
        List<String> all = given().queryParam("region", region).when().get("/api/users").then().extract().jsonPath().getList("items.user_id");
        assertThat(all).containsExactlyInAnyOrder(woman30, man30, woman50);
    }

    @Test
    void limitOutsideOneToHundredIsABadRequest() {
        for (String limit : List.of("0", "101", "ten")) {
            given().queryParam("limit", limit).when().get("/api/users")
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("limit"));
        }
    }
}
