package dev.hybridstore.coreapi.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@TestProfile(AdminProfiles.Enabled.class)
class AdminAuthTest {

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/admin/db/migrations"),
                Arguments.of("POST", "/admin/db/migrations/upgrade"),
                Arguments.of("POST", "/admin/db/migrations/undo"),
                Arguments.of("POST", "/admin/db/migrations/validate"),
                Arguments.of("POST", "/admin/db/reset"),
                Arguments.of("POST", "/admin/db/backups"),
                Arguments.of("GET", "/admin/db/backups"),
                Arguments.of("DELETE", "/admin/db/backups/hybridstore_x_20250101_000000.dump"),
                Arguments.of("POST", "/admin/db/restores"),
                Arguments.of("GET", "/admin/db/health"),
                Arguments.of("GET", "/admin/db/tables"),
                Arguments.of("GET", "/admin/no-such-endpoint"),
                Arguments.of("GET", "//admin/db/health"),
                // Matrix parameters (;x=1) reach the same resources: they must not hide the prefix.
                Arguments.of("GET", "/admin;x=1/db/health"),
                Arguments.of("POST", "/admin;/db/reset"),
                Arguments.of("GET", "/;x/admin/db/tables"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void refusesARequestWithoutTokenWith401AndABearerChallenge(String method, String path) {
        send(given(), method, path).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void refusesAWrongTokenWith403WithoutEchoingIt(String method, String path) {
        send(given().header("Authorization", "Bearer not-" + AdminProfiles.TOKEN), method, path).then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body(not(containsString(AdminProfiles.TOKEN)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void refusesOtherAuthorizationSchemes(String method, String path) {
        send(given().header("Authorization", "Basic " + AdminProfiles.TOKEN), method, path).then().statusCode(401);
    }

    private static io.restassured.response.Response send(RequestSpecification request, String method, String path) {
        return request.urlEncodingEnabled(false).contentType("application/json").body("{}").request(method, path);
    }
}
