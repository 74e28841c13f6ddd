package dev.hybridstore.coreapi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.hybridstore.testsupport.ProxiedDatabase;
import dev.hybridstore.testsupport.TcpProxy;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable (a proxy in front of it cut): what needs it answers a 503 problem with Retry-After, the
 * client's cue to retry, never a 500.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.DatabaseBehindAProxy.class)
class DatabaseDownTest {

    public static class DatabaseBehindAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedDatabase.class));
        }
    }

    private static final TestIds IDS = TestIds.create("DBDN");

    TcpProxy proxy;

    @AfterEach
    void restore() throws Exception {
        proxy.restore();
    }

    @Test
    void readsAndWritesThatNeedTheDatabaseAnswer503ProblemsWhileItIsDown() {
        proxy.cut();

        given().header("Cache-Control", "no-cache").when().get("/api/users/" + IDS.next())
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .body("status", equalTo(503)).body("title", equalTo("Service Unavailable")).body("detail", startsWith("A backing service"));
        given().contentType(ContentType.JSON).body(Map.of("user_id", IDS.next(), "name", "장애", "gender", "F", "age", 30, "region", "부산"))
                .when().post("/api/users")
                .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
    }
}
