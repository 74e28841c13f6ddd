package dev.hybridstore.coreapi.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.hybridstore.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bad-input matrix: every case is a 4xx problem body naming what is wrong, never a 5xx or an empty body. */
@QuarkusTest
class BadInputTest {

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"user_id\": \"U1\", \"name\": ").when().post("/api/users")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request")).body("detail", equalTo("The body is not valid JSON"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"user_id\":\"U1\",\"product_id\":\"P1\",\"quantity\":\"two\"}")
                .when().post("/api/orders")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request")).body("errors[0].field", equalTo("quantity"));
    }

    @Test
    void aFractionalQuantityIsRefusedNotTruncated() {
        given().contentType(ContentType.JSON).body("{\"user_id\":\"U1\",\"product_id\":\"P1\",\"quantity\":1.9}")
                .when().post("/api/orders")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request")).body("errors[0].field", equalTo("quantity"));
    }

    @Test
    void negativeQuantityNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"user_id\":\"U1\",\"product_id\":\"P1\",\"quantity\":-1}")
                .when().post("/api/orders")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request")).body("errors.field", hasItem("quantity"));
    }

    @Test
    void tooLongIdNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"user_id\":\"" + "U".repeat(51) + "\",\"name\":\"Long\"}")
                .when().post("/api/users")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request")).body("errors.field", hasItem("user_id"));
    }

    @Test
    void invalidDateInTheBodyNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Dated\",\"join_date\":\"2025-02-30\"}")
                .when().post("/api/users")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request")).body("errors[0].field", equalTo("join_date"));
    }

    @Test
    void invalidDateInThePathIsABadRequestNotANotFound() {
        given().when().get("/api/stores/1/reports/2025-13-45/sales")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request")).body("errors[0].field", equalTo("date"));
    }

    @Test
    void aDateBeyondYear9999IsABadRequestNotAServerError() {
        given().urlEncodingEnabled(false).when().get("/api/orders?to=%2B999999999-12-31")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void aGenderFilterOtherThanMOrFIsABadRequest() {
        given().when().get("/api/users?gender=Fxyz")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("gender")).body("errors[0].message", equalTo("must be M or F"));
    }

    @Test
    void aMalformedUuidInThePathIsABadRequestNotANotFound() {
        given().when().get("/api/catalog/projects/not-a-uuid")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request")).body("detail", containsString("not-a-uuid"));
    }

    @Test
    void aNonNumericQueryParameterOutsideCommerceIsABadRequest() {
        given().when().get("/api/questions/search?q=x&k=ten")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request")).body("detail", containsString("ten"));
    }

    @Test
    void anUnknownPathIsStillANotFound() {
        given().when().get("/api/no-such-resource")
                .then().log().ifValidationFails().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Not Found"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        given().when().get("/api/stores/1/reports/2025-01-09/weather")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", equalTo("'weather' is not one of sales, orders, products"));
    }

    @Test
    void invalidGenderNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"X\",\"gender\":\"X\"}").when().post("/api/users")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("gender"));
    }

    @Test
    void missingBodyIsABadRequest() {
        given().contentType(ContentType.JSON).when().post("/api/orders")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE).body("title", equalTo("Bad Request"));
    }

    @Test
    void nonNumericStoreIdIsABadRequest() {
        given().when().get("/api/stores/abc").then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void oversizedBodyIsAContentTooLargeProblem() {
        String big = "{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        given().contentType(ContentType.JSON).body(big).when().post("/api/users")
                .then().log().ifValidationFails().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(413)).body("title", equalTo("Content Too Large"));
    }

    @Test
    void aMethodNotAllowedIsAProblem() {
        given().when().delete("/api/users")
                .then().log().ifValidationFails().statusCode(405).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(405)).body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void anUnsupportedMediaTypeIsAProblem() {
        given().contentType(ContentType.TEXT).body("name=x").when().post("/api/users")
                .then().log().ifValidationFails().statusCode(415).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(415)).body("title", equalTo("Unsupported Media Type"));
    }

    @Test
    void anAcceptThatCannotBeMetIsAProblem() {
        given().accept("image/png").when().get("/api/users/U1")
                .then().log().ifValidationFails().statusCode(406).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(406)).body("title", equalTo("Not Acceptable"));
    }

    @Test
    void aNulInAPathIdIsABadRequestNamingItNotAServerError() {
        given().urlEncodingEnabled(false).when().get("/api/users/%00")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("id")).body("errors[0].message", containsString("control characters"));
    }

    @Test
    void aNulInAJsonStringIsABadRequestNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Nul\\u0000\"}").when().post("/api/users")
                .then().log().ifValidationFails().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", containsString("control characters"));
    }

    @TestHTTPResource("/api/users")
    URI users;

    @Test
    void oversizedChunkedBodyIsAContentTooLargeProblemToo() throws Exception {
        byte[] big = ("{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(users).header("Content-Type", "application/json")
                // an InputStream body has no known length, so it is sent chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("\"title\":\"Content Too Large\"");
    }
}
