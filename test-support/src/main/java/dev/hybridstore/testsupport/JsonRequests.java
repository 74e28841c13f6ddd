package dev.hybridstore.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Requests with a JSON body, as the services' clients send them; the answer, for the test to check. */
public final class JsonRequests {

    private JsonRequests() {
    }

    public static ValidatableResponse postJson(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    /** A POST the service refuses: the answer, already checked to be a problem body with this status. */
    public static ValidatableResponse refusedPost(String path, Object body, int status) {
        return postJson(path, body).statusCode(status).contentType("application/problem+json");
    }
}
