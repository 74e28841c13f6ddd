package dev.hybridstore.coreapi.company;

import static dev.hybridstore.testsupport.JsonRequests.postJson;
import static dev.hybridstore.testsupport.JsonRequests.refusedPost;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class CompanyResourceTest {

    private static final TestIds IDS = TestIds.create("CMP");

    private static String newId() {
        return IDS.next().toUpperCase();
    }

    @RegisterExtension
    static final OwnRows ROWS = OwnRows.deletedAfterAll(IDS.prefix().toUpperCase() + "%", "DELETE FROM companies WHERE id LIKE ?");

    @Test
    void createdCompanyIsReadBackWithItsCreationTime() {
        String id = newId();
        postJson("/api/companies", Map.of("id", id, "name", "카카오"))
                .statusCode(201).header("Location", endsWith("/api/companies/" + id))
                .body("id", equalTo(id)).body("name", equalTo("카카오")).body("created_at", notNullValue());

        given().when().get("/api/companies/{id}", id)
                .then().statusCode(200).body("id", equalTo(id)).body("name", equalTo("카카오"));
    }

    @Test
    void aTakenIdIsAConflictProblem() {
        String id = newId();
        postJson("/api/companies", Map.of("id", id, "name", "first")).statusCode(201);

        refusedPost("/api/companies", Map.of("id", id, "name", "second"), 409)
                .body("title", equalTo("Conflict")).body("status", equalTo(409))
                .body("detail", equalTo("Company '" + id + "' already exists"));
        given().when().get("/api/companies/{id}", id).then().body("name", equalTo("first"));
    }

    @Test
    void anUnknownCompanyIsANotFoundProblem() {
        given().when().get("/api/companies/{id}", "NO_SUCH_COMPANY")
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not Found")).body("detail", equalTo("Company 'NO_SUCH_COMPANY' does not exist"));
    }

    @Test
    void aLowerCaseIdIsRejectedNamingTheField() {
        refusedPost("/api/companies", Map.of("id", "kakao", "name", "x"), 400)
                .body("errors.field", hasItem("id"));
    }

    @Test
    void listsAPageAndRejectsALimitAbove100() {
        String id = newId();
        postJson("/api/companies", Map.of("id", id, "name", "listed")).statusCode(201);

        given().queryParam("limit", 1).when().get("/api/companies").then().statusCode(200).body("$", hasSize(1));
        given().queryParam("limit", 101).when().get("/api/companies")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
    }
}
