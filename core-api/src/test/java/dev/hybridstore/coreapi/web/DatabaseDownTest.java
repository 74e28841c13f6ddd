package dev.hybridstore.coreapi.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.hybridstore.testsupport.ProxiedDatabase;
import dev.hybridstore.testsupport.TcpProxy;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable (a proxy in front of it cut): what needs it answers a 503 problem with Retry-After, the
 * client's cue to retry, never a 500.
 */
@QuarkusTest
@TestProfile(ProxiedDatabase.Profile.class)
class DatabaseDownTest {

    private static final TestIds IDS = TestIds.create("DBDN");

    TcpProxy proxy;

    @TestHTTPResource("/api/users/")
    URL users;

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

    /**
     * PostgreSQL restarting under load (seed 001's "server closed the connection unexpectedly"): pooled connections die
     * while statements are queued on them. Every answer meanwhile is an answer or a 503 problem, never a 500.
     */
    @Test
    void connectionsDroppingUnderLoadGiveAnswersOr503sNeverAnotherError() throws Exception {
        String id = IDS.next();
        given().contentType(ContentType.JSON).body(Map.of("user_id", id, "name", "재시작", "gender", "M", "age", 41, "region", "대구"))
                .when().post("/api/users").then().statusCode(201);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest read = HttpRequest.newBuilder(URI.create(users + id)).header("Cache-Control", "no-cache")
                .timeout(Duration.ofSeconds(30)).build();
        Set<String> answers = ConcurrentHashMap.newKeySet();
        long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        ExecutorService readers = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < 16; r++) {
                running.add(readers.submit(() -> {
                    while (System.nanoTime() < until) {
                        HttpResponse<String> answer = client.send(read, HttpResponse.BodyHandlers.ofString());
                        answers.add(answer.statusCode() == 200 || answer.statusCode() == 503 ? String.valueOf(answer.statusCode())
                                : answer.statusCode() + " " + answer.body());
                    }
                    return null;
                }));
            }
            while (System.nanoTime() < until) {
                LockSupport.parkNanos(Duration.ofMillis(150).toNanos()); // the crashes' pace, not a wait for a condition
                proxy.dropConnections();
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(answers).contains("200").allMatch(a -> a.equals("200") || a.equals("503"));
    }
}
