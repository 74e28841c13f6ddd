package dev.hybridstore.coreapi.web;

import static dev.hybridstore.coreapi.question.KnowledgeRows.newCompany;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;

import dev.hybridstore.coreapi.question.KnowledgeRows;
import dev.hybridstore.testsupport.LogCapture;
import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.ProxiedStandby;
import dev.hybridstore.testsupport.TcpProxy;
import dev.hybridstore.testsupport.TestDatabase;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DATABASE_READ_URL on the test stack's streaming standby (behind a proxy). The standby's replay is held to tell which
 * server answered: a row written meanwhile is on the primary only.
 */
@QuarkusTest
@TestProfile(ProxiedStandby.Profile.class)
class ReadReplicaTest {

    private static final TestIds IDS = TestIds.create("RRPL");
    private static final Duration REPLAYED = Duration.ofSeconds(30);

    @RegisterExtension
    static final OwnRows USERS = OwnRows.deletedAfterAll(IDS.prefix() + "%", "DELETE FROM users WHERE user_id LIKE ?");
    @RegisterExtension
    static final OwnRows QUESTIONS = KnowledgeRows.deletedAfterAll(IDS);

    TcpProxy standby;

    @BeforeEach
    void needsTheStandby() {
        assumeTrue(ProxiedStandby.url().isPresent(),
                "no standby: ./suite test starts one and exports STANDBY_DATABASE_URL");
    }

    @AfterEach
    void replayAndReach() throws Exception {
        if (standby != null) {
            standby.restore();
            replay("pg_wal_replay_resume()");
        }
    }

    @Test
    void listPagesComeFromTheStandbyWhileASingleReadAndItsCacheFillComeFromThePrimary() {
        String first = newUser("first");
        await().atMost(REPLAYED).untilAsserted(() -> listed().body("items.user_id", hasItem(first)));

        replay("pg_wal_replay_pause()");
        String second = newUser("second");
        given().when().get("/api/users/{id}", second).then().statusCode(200).body("name", equalTo("second"));
        listed().body("items.user_id", hasItem(first)).body("items.user_id", not(hasItem(second)));

        replay("pg_wal_replay_resume()");
        await().atMost(REPLAYED).untilAsserted(() -> listed().body("items.user_id", hasItem(second)));
    }

    @Test
    void searchRunsOnTheStandbyInOneTransaction() {
        String company = newCompany(IDS);
        replay("pg_wal_replay_pause()");
        int id = given().contentType(ContentType.JSON).body(Map.of("company_id", company, "category", "backend",
                "content", "레플리카 지연 중에 작성한 질문")).post("/api/questions").then().statusCode(201).extract().path("id");
        searched(company).body("hits.id", not(hasItem(id)));

        replay("pg_wal_replay_resume()");
        await().atMost(REPLAYED).untilAsserted(() -> searched(company).body("hits.id", hasItem(id)));
    }

    @Test
    void whileTheStandbyIsDownReadsRunOnThePrimaryAndTheStandbyIsTriedAgain() throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            standby.cut();
            String fresh = newUser("fresh");
            listed().body("items.user_id", hasItem(fresh)); // only the primary has it yet, and answers
            listed().body("items.user_id", hasItem(fresh));
            assertThat(logs.warnings("dev.hybridstore.platform.sql")).as("one WARN for the outage").singleElement()
                    .satisfies(r -> assertThat(LogCapture.text(r)).startsWith("The standby (DATABASE_READ_URL) failed a read"));
            given().when().get("/q/metrics").then().statusCode(200)
                    .body(matchesRegex("(?s).*hybridstore_db_read_fallbacks_total(\\{[^}]*})? [1-9].*"));

            standby.restore();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                listed().body("items.user_id", hasItem(fresh));
                assertThat(logs.records()).extracting(LogCapture::text).contains("The standby (DATABASE_READ_URL) answers reads again");
            });
        }
    }

    private static String newUser(String name) {
        String id = IDS.next();
        given().contentType(ContentType.JSON).body(Map.of("user_id", id, "name", name, "region", IDS.prefix()))
                .when().post("/api/users").then().statusCode(201);
        return id;
    }

    private static ValidatableResponse listed() {
        return given().queryParam("region", IDS.prefix()).queryParam("limit", 100).when().get("/api/users").then().statusCode(200);
    }

    private static ValidatableResponse searched(String company) {
        return given().queryParam("q", "레플리카 지연").queryParam("mode", "keyword").queryParam("company_id", company)
                .when().get("/api/questions/search").then().statusCode(200);
    }

    /** Pauses or resumes the standby's replay of the primary's WAL. */
    private static void replay(String call) {
        try (TestDatabase db = new TestDatabase(ProxiedStandby.url().orElseThrow())) {
            db.strings("SELECT " + call + "::text");
        }
    }
}
