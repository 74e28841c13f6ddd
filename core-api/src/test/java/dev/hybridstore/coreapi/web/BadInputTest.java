package dev.hybridstore.coreapi.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bad-input matrix: every case is a 4xx problem body naming what is wrong, never a 5xx or an empty body. */
@QuarkusTest
class BadInputTest {

    /** More than the 1 MiB a body may have. */
    private static final String BIG = "{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";

    /**
     * A request refused with a problem: its status and what the body says, each a JSON path and its matcher.
     *
     * @param body sent as JSON, "" for none with the JSON content type, or null for no body at all
     */
    record Refused(String behaviour, String method, String path, String body, int status, List<Object> pathsAndMatchers) {
        @Override
        public String toString() {
            return behaviour;
        }
    }

    private static Refused refused(String behaviour, String method, String path, String body, int status, Object... pathsAndMatchers) {
        return new Refused(behaviour, method, path, body, status, List.of(pathsAndMatchers));
    }

    /** A 400 whose title says so, and what else its body says. */
    private static Refused badRequest(String behaviour, String method, String path, String body, Object... pathsAndMatchers) {
        List<Object> titled = new ArrayList<>(List.of("title", equalTo("Bad Request")));
        titled.addAll(List.of(pathsAndMatchers));
        return new Refused(behaviour, method, path, body, 400, titled);
    }

    static Stream<Refused> refusals() {
        return Stream.of(
                badRequest("malformed json is a bad request", "POST", "/api/users", "{\"user_id\": \"U1\", \"name\": ",
                        "detail", equalTo("The body is not valid JSON")),
                badRequest("wrong type names the field", "POST", "/api/orders",
                        "{\"user_id\":\"U1\",\"product_id\":\"P1\",\"quantity\":\"two\"}",
                        "errors[0].field", equalTo("quantity")),
                badRequest("a fractional quantity is refused not truncated", "POST", "/api/orders",
                        "{\"user_id\":\"U1\",\"product_id\":\"P1\",\"quantity\":1.9}",
                        "errors[0].field", equalTo("quantity")),
                badRequest("negative quantity names the field", "POST", "/api/orders",
                        "{\"user_id\":\"U1\",\"product_id\":\"P1\",\"quantity\":-1}",
                        "errors.field", hasItem("quantity")),
                badRequest("too long id names the field", "POST", "/api/users", "{\"user_id\":\"" + "U".repeat(51) + "\",\"name\":\"Long\"}",
                        "errors.field", hasItem("user_id")),
                badRequest("invalid date in the body names the field", "POST", "/api/users",
                        "{\"name\":\"Dated\",\"join_date\":\"2025-02-30\"}",
                        "errors[0].field", equalTo("join_date")),
                badRequest("invalid date in the path is a bad request not a not found", "GET", "/api/stores/1/reports/2025-13-45/sales", null,
                        "errors[0].field", equalTo("date")),
                refused("a date beyond year 9999 is a bad request not a server error", "GET", "/api/orders?to=%2B999999999-12-31", null,
                        400, "errors[0].field", equalTo("to")),
                refused("a gender filter other than m or f is a bad request", "GET", "/api/users?gender=Fxyz", null,
                        400, "errors[0].field", equalTo("gender"), "errors[0].message", equalTo("must be M or F")),
                badRequest("a malformed uuid in the path is a bad request not a not found", "GET", "/api/catalog/projects/not-a-uuid", null,
                        "detail", containsString("not-a-uuid")),
                badRequest("a non numeric query parameter outside commerce is a bad request", "GET", "/api/questions/search?q=x&k=ten", null,
                        "detail", containsString("ten")),
                refused("an unknown path is still a not found", "GET", "/api/no-such-resource", null,
                        404, "title", equalTo("Not Found")),
                refused("unknown enum value lists the allowed ones", "GET", "/api/stores/1/reports/2025-01-09/weather", null,
                        400, "errors[0].field", equalTo("category"),
                        "errors[0].message", equalTo("'weather' is not one of sales, orders, products")),
                refused("invalid gender names the field", "POST", "/api/users", "{\"name\":\"X\",\"gender\":\"X\"}",
                        400, "errors.field", hasItem("gender")),
                badRequest("missing body is a bad request", "POST", "/api/orders", ""),
                refused("non numeric store id is a bad request", "GET", "/api/stores/abc", null,
                        400, "errors[0].field", equalTo("id")),
                refused("oversized body is a content too large problem", "POST", "/api/users", BIG,
                        413, "status", equalTo(413), "title", equalTo("Content Too Large")),
                refused("a method not allowed is a problem", "DELETE", "/api/users", null,
                        405, "status", equalTo(405), "title", equalTo("Method Not Allowed")),
                refused("a nul in a path id is a bad request naming it not a server error", "GET", "/api/users/%00", null,
                        400, "errors[0].field", equalTo("id"), "errors[0].message", containsString("control characters")),
                refused("a nul in a json string is a bad request naming the field", "POST", "/api/users", "{\"name\":\"Nul\\u0000\"}",
                        400, "errors[0].field", equalTo("name"), "errors[0].message", containsString("control characters")));
    }

    /** Paths are sent as written (already encoded): a NUL or a '+' must reach the server as %00 and %2B. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefusedWithAProblemSayingWhy(Refused c) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (c.body() != null) {
            request.contentType(ContentType.JSON);
            if (!c.body().isEmpty()) {
                request.body(c.body());
            }
        }
        ValidatableResponse response = request.when().request(c.method(), c.path())
                .then().log().ifValidationFails().statusCode(c.status()).contentType(Problem.MEDIA_TYPE);
        for (int i = 0; i < c.pathsAndMatchers().size(); i += 2) {
            response.body((String) c.pathsAndMatchers().get(i), (Matcher<?>) c.pathsAndMatchers().get(i + 1));
        }
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
    void aClientThatSendsAllOfAnOversizedBodyBeforeReadingStillGetsTheProblem() {
        // Far more than the socket buffers hold: the server has answered and must read on, or the client's writes fail.
        String huge = "{\"name\":\"" + "x".repeat(8 * 1024 * 1024) + "\"}";
        RawHttp.Answer answer = RawHttp.send("POST", "/api/users", Map.of("Content-Type", "application/json"), huge);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(answer.json().path("title").asText()).isEqualTo("Content Too Large");
    }

    @TestHTTPResource("/api/users")
    URI users;

    @Test
    void oversizedChunkedBodyIsAContentTooLargeProblemToo() throws Exception {
        byte[] big = BIG.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(users).header("Content-Type", "application/json")
                // an InputStream body has no known length, so it is sent chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.body()).contains("\"title\":\"Content Too Large\"");
    }
}
