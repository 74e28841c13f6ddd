package dev.hybridstore.coreapi.question;

import static dev.hybridstore.coreapi.question.KnowledgeRows.newCompany;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.hybridstore.coreapi.search.Vectors;
import dev.hybridstore.embedding.Embedder;
import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class QuestionSearchTest {

    private static final TestIds IDS = TestIds.create("QSR");

    @Inject
    Embedder embedder;

    @RegisterExtension
    static final OwnRows ROWS = KnowledgeRows.deletedAfterAll(IDS);

    @Test
    void keywordSearchFindsAnExactKoreanTermInKoreanText() {
        String company = newCompany(IDS);
        int match = create(company, "카카오 결제 시스템의 장애 대응 경험을 설명해 주세요");
        int other = create(company, "주문 처리 속도를 개선한 방법은 무엇인가요");

        JsonPath result = search(Map.of("q", "장애 대응", "mode", "keyword", "company_id", company)).statusCode(200)
                .body("query", equalTo("장애 대응")).body("mode", equalTo("keyword")).body("degraded", equalTo(false))
                .extract().jsonPath();

        assertThat(result.getList("hits.id", Integer.class)).containsExactly(match).doesNotContain(other);
        assertThat(result.getDouble("hits[0].score")).isEqualTo(1.0);
        assertThat(result.getInt("hits[0].keyword_rank")).isEqualTo(1);
    }

    @Test
    void vectorSearchRanksByCosineSimilarityAndAFilterKeepsOneCompanysRows() throws Exception {
        String company = newCompany(IDS);
        String rival = newCompany(IDS);
        String query = "분산 트랜잭션 " + IDS.prefix();
        float[] q = embed(query);
        int closest = create(company, "가장 가까운 질문");
        int middle = create(company, "중간 질문");
        int far = create(company, "먼 질문");
        int rivals = create(rival, "다른 회사의 같은 질문");
        Vectors.store("questions", closest, Vectors.atCosine(q, 1.0, 7));
        Vectors.store("questions", middle, Vectors.atCosine(q, 0.8, 11));
        Vectors.store("questions", far, Vectors.atCosine(q, 0.3, 13));
        Vectors.store("questions", rivals, Vectors.atCosine(q, 1.0, 17));

        JsonPath filtered = search(Map.of("q", query, "mode", "vector", "company_id", company, "k", 10)).statusCode(200)
                .body("mode", equalTo("vector")).extract().jsonPath();

        assertThat(filtered.getList("hits.id", Integer.class)).containsExactly(closest, middle, far);
        assertThat(filtered.getList("hits.score", Double.class)).satisfiesExactly(
                s -> assertThat(s).isCloseTo(1.0, within(1e-4)), s -> assertThat(s).isCloseTo(0.8, within(1e-4)),
                s -> assertThat(s).isCloseTo(0.3, within(1e-4)));
        assertThat(filtered.getList("hits.vector_rank", Integer.class)).containsExactly(1, 2, 3);

        JsonPath everyone = search(Map.of("q", query, "mode", "vector", "k", 50)).statusCode(200).extract().jsonPath();
        List<Integer> ours = everyone.getList("hits.id", Integer.class).stream()
                .filter(id -> List.of(closest, middle, far, rivals).contains(id)).toList();
        assertThat(ours).hasSize(4).endsWith(middle, far);
    }

    @Test
    void hybridSearchRanksARowFoundByBothRankingsFirst() throws Exception {
        String company = newCompany(IDS);
        String query = "장애 대응";
        float[] q = embed(query);
        int both = create(company, "온라인 장애 대응 절차를 설명해 주세요");
        int vectorOnly = create(company, "서비스 복구 우선순위는 어떻게 정하나요");
        int keywordOnly = create(company, "야간 장애 대응 훈련 경험이 있나요");
        Vectors.store("questions", vectorOnly, Vectors.atCosine(q, 0.95, 5));
        Vectors.store("questions", both, Vectors.atCosine(q, 0.9, 9));

        JsonPath result = search(Map.of("q", query, "company_id", company)).statusCode(200)
                .body("mode", equalTo("hybrid")).body("degraded", equalTo(false))
                .body("hits.score", everyItem(notNullValue())).extract().jsonPath();

        assertThat(result.getList("hits.id", Integer.class)).containsExactly(both, vectorOnly, keywordOnly);
        assertThat(result.getInt("hits[0].vector_rank")).isEqualTo(2);
        assertThat(result.getInt("hits[0].keyword_rank")).isEqualTo(1);
        assertThat(result.getDouble("hits[0].score")).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-6));
        assertThat(result.getMap("hits[1]")).doesNotContainKey("keyword_rank");
        assertThat(result.getMap("hits[2]")).doesNotContainKey("vector_rank");
    }

    @Test
    void invalidSearchesAreBadRequestProblemsNamingTheParameter() {
        Map<String, Map<String, Object>> cases = Map.of(
                "k", Map.of("q", "장애", "k", 0),
                "q", Map.of("q", "", "k", 5),
                "mode", Map.of("q", "장애", "mode", "semantic"));
        cases.forEach((field, params) -> search(params).statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItem(field)));
        search(Map.of("q", "장애", "k", 500)).statusCode(400).body("errors.field", hasItem("k"));
        given().when().get("/api/questions/search").then().statusCode(400).body("errors.field", hasItem("q"));
    }

    @Test
    void searchingAnUnknownCompanyIsANotFoundProblem() {
        search(Map.of("q", "장애", "company_id", "NO_SUCH_COMPANY")).statusCode(404)
                .body("detail", equalTo("Company 'NO_SUCH_COMPANY' does not exist"));
    }

    private float[] embed(String text) {
        return embedder.embed(List.of(text)).await().atMost(Duration.ofSeconds(30)).get(0);
    }

    private static io.restassured.response.ValidatableResponse search(Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/questions/search").then();
    }

    private static int create(String companyId, String content) {
        return given().contentType(ContentType.JSON).body(Map.of("company_id", companyId, "content", content))
                .when().post("/api/questions").then().statusCode(201).extract().path("id");
    }
}
