package dev.hybridstore.coreapi.search;

import static dev.hybridstore.coreapi.question.KnowledgeRows.db;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.hybridstore.coreapi.question.KnowledgeRows;
import dev.hybridstore.embedding.Embedder;
import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A source added as docs/sources.md says, with no Java: a migration (src/test/resources/db/test-source) creates
 * field_notes, and configuration alone (this profile) declares it for embedding and search. It is then searched over
 * HTTP at /api/search/notes. Embeddings are stored by the test, standing in for ai-worker, as in QuestionSearchTest.
 */
@QuarkusTest
@TestProfile(DeclaredSourceSearchTest.NotesDeclared.class)
class DeclaredSourceSearchTest {

    private static final TestIds IDS = TestIds.create("DSS");

    /** The migration and the declaration, exactly what docs/sources.md asks of someone adding a source. */
    public static class NotesDeclared implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String source = "hybridstore.embedding.sources.notes.";
            return Map.ofEntries(
                    // The test's own Flyway location and history table: the real migrations' history never sees V1 here.
                    Map.entry("quarkus.flyway.locations", "db/test-source"),
                    Map.entry("quarkus.flyway.table", "flyway_test_source_history"),
                    Map.entry("quarkus.flyway.baseline-on-migrate", "true"),
                    Map.entry("quarkus.flyway.baseline-version", "0"),
                    Map.entry(source + "table", "field_notes"),
                    Map.entry(source + "text", "title || E'\\n' || body"),
                    Map.entry(source + "filters", "team"),
                    Map.entry(source + "search.returned", "id,team,priority,title,body"),
                    Map.entry(source + "search.keyword", "title || ' ' || body"),
                    Map.entry(source + "search.modes", "keyword,vector"),
                    Map.entry(source + "search.filters.team", "text"),
                    Map.entry(source + "search.filters.priority", "integer"));
        }
    }

    @Inject
    Embedder embedder;

    @RegisterExtension
    static final OwnRows ROWS = KnowledgeRows.deletedAfterAll(IDS);

    @AfterAll
    static void dropTheSource() throws Exception {
        try (Connection db = db(); Statement drop = db.createStatement()) {
            drop.execute("DROP TABLE IF EXISTS field_notes");
            drop.execute("DROP TABLE IF EXISTS flyway_test_source_history");
        }
    }

    @Test
    void keywordSearchFindsRowsOfTheNewSourceAndShowsOnlyTheDeclaredColumns() throws Exception {
        String team = IDS.next();
        long match = insert(team, 2, "야간 장애 대응", "서버가 멈추면 당번이 먼저 결제 로그를 확인합니다.");
        insert(team, 1, "주간 회의", "매주 월요일 열 시에 진행합니다.");

        JsonPath result = search(Map.of("q", "장애 대응", "mode", "keyword", "team", team)).statusCode(200)
                .body("query", equalTo("장애 대응")).body("mode", equalTo("keyword")).body("degraded", equalTo(false))
                .extract().jsonPath();

        assertThat(result.getList("hits.id", Long.class)).containsExactly(match);
        assertThat(result.getMap("hits[0]")).containsOnlyKeys("id", "team", "priority", "title", "body", "score", "keyword_rank")
                .containsEntry("team", team).containsEntry("priority", 2).containsEntry("title", "야간 장애 대응")
                .containsEntry("body", "서버가 멈추면 당번이 먼저 결제 로그를 확인합니다.").containsEntry("keyword_rank", 1);
        assertThat(result.getDouble("hits[0].score")).isEqualTo(1.0);
    }

    @Test
    void vectorSearchRanksByCosineSimilarityAndATypedFilterNarrowsIt() throws Exception {
        String team = IDS.next();
        String query = "재고 정산 " + team;
        float[] q = embedder.embed(List.of(query)).await().atMost(Duration.ofSeconds(30)).get(0);
        long closest = insert(team, 1, "가장 가까운 메모", "가");
        long middle = insert(team, 1, "중간 메모", "나");
        long far = insert(team, 1, "먼 메모", "다");
        long otherPriority = insert(team, 3, "우선순위가 다른 메모", "라");
        insert(team, 1, "아직 임베딩 없는 메모", "마");
        Vectors.store("field_notes", closest, Vectors.atCosine(q, 1.0, 7));
        Vectors.store("field_notes", middle, Vectors.atCosine(q, 0.8, 11));
        Vectors.store("field_notes", far, Vectors.atCosine(q, 0.3, 13));
        Vectors.store("field_notes", otherPriority, Vectors.atCosine(q, 0.9, 17));

        JsonPath result = search(Map.of("q", query, "mode", "vector", "team", team, "priority", "1", "k", 10)).statusCode(200)
                .body("mode", equalTo("vector")).body("degraded", equalTo(false)).extract().jsonPath();

        assertThat(result.getList("hits.id", Long.class)).containsExactly(closest, middle, far);
        assertThat(result.getList("hits.score", Double.class)).satisfiesExactly(
                s -> assertThat(s).isCloseTo(1.0, within(1e-4)), s -> assertThat(s).isCloseTo(0.8, within(1e-4)),
                s -> assertThat(s).isCloseTo(0.3, within(1e-4)));
        assertThat(result.getList("hits.vector_rank", Integer.class)).containsExactly(1, 2, 3);
        assertThat(result.getList("hits.title", String.class)).containsExactly("가장 가까운 메모", "중간 메모", "먼 메모");

        JsonPath team3 = search(Map.of("q", query, "mode", "vector", "team", team, "priority", "3")).statusCode(200).extract().jsonPath();
        assertThat(team3.getList("hits.id", Long.class)).containsExactly(otherPriority);
    }

    @Test
    void withoutAModeTheSourcesFirstDeclaredModeAnswersAndAnUndeclaredModeIsRefused() throws Exception {
        String team = IDS.next();
        long match = insert(team, 1, "마감 절차", "영업 종료 30분 전 주문을 마감합니다.");

        JsonPath result = search(Map.of("q", "마감 절차", "team", team)).statusCode(200).body("mode", equalTo("keyword"))
                .extract().jsonPath();
        assertThat(result.getList("hits.id", Long.class)).containsExactly(match);

        search(Map.of("q", "마감", "mode", "hybrid")).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("mode")).body("errors.message", hasItem("must be keyword or vector for notes"));
    }

    @Test
    void parametersThatAreNotDeclaredFiltersOrNotOfTheirTypeAreBadRequestProblemsNamingThem() {
        search(Map.of("q", "마감", "colour", "red")).statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItem("colour"))
                .body("errors.message", hasItem("is not a filter of notes (filters: priority, team)"));
        search(Map.of("q", "마감", "priority", "high")).statusCode(400)
                .body("errors.field", hasItem("priority")).body("errors.message", hasItem("must be an integer"));
        given().queryParam("q", "마감").queryParam("team", "a", "b").when().get("/api/search/notes").then().statusCode(400)
                .body("errors.field", hasItem("team")).body("errors.message", hasItem("must be given once"));
        search(Map.of("q", "")).statusCode(400).body("errors.field", hasItem("q"));
    }

    @Test
    void anUndeclaredSourceIsANotFoundProblem() {
        given().queryParam("q", "마감").when().get("/api/search/field_notes").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Search source 'field_notes' does not exist"));
    }

    @Test
    void theSourcesDeclaredForTheirOwnEndpointsAreSearchableHereToo() {
        String company = IDS.next().toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("id", company, "name", company)).post("/api/companies").then().statusCode(201);
        int question = given().contentType(ContentType.JSON).body(Map.of("company_id", company, "content", "장애 대응 경험을 말해 주세요"))
                .post("/api/questions").then().statusCode(201).extract().path("id");

        JsonPath result = given().queryParam("q", "장애 대응").queryParam("mode", "keyword").queryParam("company_id", company)
                .when().get("/api/search/questions").then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("hits.id", Integer.class)).containsExactly(question);
        assertThat(result.getMap("hits[0]")).containsOnlyKeys("id", "company_id", "category", "content", "created_at", "score",
                "keyword_rank").containsEntry("company_id", company).containsEntry("content", "장애 대응 경험을 말해 주세요");
    }

    private static ValidatableResponse search(Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/search/notes").then();
    }

    /** Rows come from whatever writes the table; here the test does. */
    private static long insert(String team, int priority, String title, String body) throws Exception {
        try (Connection db = db(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO field_notes (team, priority, title, body) VALUES (?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, team);
            insert.setInt(2, priority);
            insert.setString(3, title);
            insert.setString(4, body);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
