package dev.hybridstore.coreapi.manual;

import static dev.hybridstore.coreapi.question.KnowledgeRows.awaitEmbeddingRequest;
import static dev.hybridstore.coreapi.question.KnowledgeRows.db;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.coreapi.search.Vectors;
import dev.hybridstore.embedding.Embedder;
import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class ManualResourceTest {

    private static final TestIds IDS = TestIds.create("MAN");

    @Inject
    Embedder embedder;

    @RegisterExtension
    static final OwnRows ROWS = OwnRows.deletedAfterAll(IDS.prefix() + "%",
            "DELETE FROM manuals WHERE store_id IN (SELECT store_id FROM stores WHERE name LIKE ?)",
            "DELETE FROM stores WHERE name LIKE ?");

    @Test
    void aManualIsReadBackThroughItsStoreOnly() throws Exception {
        long store = newStore();
        long otherStore = newStore();
        long id = create(store, "마감 절차", "영업 종료 30분 전 주문을 마감하고 POS 정산을 확인합니다.");

        given().when().get("/api/stores/{store}/manuals/{id}", store, id)
                .then().statusCode(200).body("title", equalTo("마감 절차")).body("store_id", equalTo((int) store))
                .body("embedded", equalTo(false));
        given().when().get("/api/stores/{store}/manuals", store).then().statusCode(200).body("id", contains((int) id));
        given().when().get("/api/stores/{store}/manuals/{id}", otherStore, id)
                .then().statusCode(404).contentType("application/problem+json").body("detail", equalTo("Manual '" + id + "' does not exist"));
    }

    @Test
    void anUnknownStoreIsANotFoundProblem() {
        given().contentType(ContentType.JSON).body(Map.of("title", "t", "body", "b"))
                .when().post("/api/stores/{store}/manuals", Long.MAX_VALUE)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Store '" + Long.MAX_VALUE + "' does not exist"));
        given().when().get("/api/stores/{store}/manuals", Long.MAX_VALUE).then().statusCode(404);
        given().queryParam("q", "정산").when().get("/api/stores/{store}/manuals/search", Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    void creatingAManualAsksAiWorkerToEmbedIt() throws Exception {
        long id = create(newStore(), "재고 확인", "매일 오전 재고를 확인합니다.");
        String key = "manuals:" + id;

        assertThat(awaitEmbeddingRequest(IDS, key).source()).isEqualTo("manuals");
    }

    @Test
    void keywordSearchMatchesTitleAndBodyInOneStore() throws Exception {
        long store = newStore();
        long inBody = create(store, "마감 절차", "영업 종료 전 POS 정산을 확인합니다.");
        long inTitle = create(store, "POS 정산 오류", "정산 금액이 다르면 본사에 연락합니다.");
        create(store, "위생 점검", "주방 위생 상태를 매일 점검합니다.");
        create(newStore(), "POS 정산", "다른 매장의 매뉴얼");

        JsonPath result = given().queryParams(Map.of("q", "POS 정산", "mode", "keyword"))
                .when().get("/api/stores/{store}/manuals/search", store)
                .then().statusCode(200).body("mode", equalTo("keyword")).extract().jsonPath();

        // "정산을" carries a particle, so the body match scores below the exact title match.
        assertThat(result.getList("hits.id", Long.class)).containsExactly(inTitle, inBody);
        assertThat(result.getDouble("hits[0].score")).isEqualTo(1.0);
        assertThat(result.getDouble("hits[1].score")).isBetween(0.5, 0.99);
    }

    @Test
    void vectorSearchStaysInsideTheStore() throws Exception {
        long store = newStore();
        long otherStore = newStore();
        String query = "냉장고 온도 관리 " + IDS.prefix();
        float[] q = embedder.embed(List.of(query)).await().atMost(Duration.ofSeconds(30)).get(0);
        long near = create(store, "냉장 보관", "냉장고는 5도 이하");
        long far = create(store, "청소", "바닥 청소");
        long elsewhere = create(otherStore, "냉장 보관", "다른 매장");
        Vectors.store("manuals", near, Vectors.atCosine(q, 0.9, 3));
        Vectors.store("manuals", far, Vectors.atCosine(q, 0.2, 4));
        Vectors.store("manuals", elsewhere, Vectors.atCosine(q, 1.0, 5));

        JsonPath result = given().queryParams(Map.of("q", query, "mode", "vector"))
                .when().get("/api/stores/{store}/manuals/search", store)
                .then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("hits.id", Long.class)).containsExactly(near, far);
        assertThat(result.getDouble("hits[0].score")).isCloseTo(0.9, within(1e-4));
    }

    private static long create(long store, String title, String body) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("title", title, "body", body))
                .when().post("/api/stores/{store}/manuals", store)
                .then().statusCode(201).extract().path("id")).longValue();
    }

    /** Stores belong to the commerce API; the test inserts its own, named with its prefix. */
    private static long newStore() throws Exception {
        try (Connection db = db();
                PreparedStatement insert = db.prepareStatement("INSERT INTO stores (name) VALUES (?) RETURNING store_id")) {
            insert.setString(1, IDS.next());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
