package dev.hybridstore.coreapi.question;

import static dev.hybridstore.coreapi.question.KnowledgeRows.awaitEmbeddingRequest;
import static dev.hybridstore.coreapi.question.KnowledgeRows.newCompany;
import static dev.hybridstore.testsupport.JsonRequests.postJson;
import static dev.hybridstore.testsupport.JsonRequests.refusedPost;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.hybridstore.model.event.EmbeddingRequested;
import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class QuestionResourceTest {

    private static final TestIds IDS = TestIds.create("QST");

    static int createQuestion(String companyId, String category, String content) {
        return postJson("/api/questions", Map.of("company_id", companyId, "category", category, "content", content))
                .statusCode(201).extract().path("id");
    }

    @RegisterExtension
    static final OwnRows ROWS = KnowledgeRows.deletedAfterAll(IDS);

    @Test
    void createdQuestionIsReadBackNotYetEmbedded() {
        String company = newCompany(IDS);
        int id = createQuestion(company, "backend", "트래픽 급증 시 장애 대응 경험을 설명해 주세요");

        given().when().get("/api/questions/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id)).body("company_id", equalTo(company)).body("category", equalTo("backend"))
                .body("content", equalTo("트래픽 급증 시 장애 대응 경험을 설명해 주세요")).body("embedded", equalTo(false));
    }

    @Test
    void creatingAQuestionAsksAiWorkerToEmbedItOnKafka() {
        String company = newCompany(IDS);
        int id = createQuestion(company, "backend", "캐시 무효화 전략을 설명해 주세요");
        String key = "questions:" + id;

        EmbeddingRequested request = awaitEmbeddingRequest(IDS, key);

        assertThat(request.source()).isEqualTo("questions");
        assertThat(request.key()).isEqualTo(Integer.toString(id));
        assertThat(request.schemaVersion()).isEqualTo(EmbeddingRequested.SCHEMA_VERSION);
        assertThat(request.requestedAt()).isNotNull();
    }

    @Test
    void listsFilterByCompanyAndCategory() {
        String company = newCompany(IDS);
        int backend = createQuestion(company, "backend", "인덱스 설계 기준은?");
        createQuestion(company, "culture", "갈등을 해결한 경험은?");
        createQuestion(newCompany(IDS), "backend", "다른 회사의 질문");

        given().queryParam("company_id", company).queryParam("category", "backend")
                .when().get("/api/questions")
                .then().statusCode(200).body("id", contains(backend));
    }

    @Test
    void aQuestionOfAnUnknownCompanyIsANotFoundProblem() {
        refusedPost("/api/questions", Map.of("company_id", "NO_SUCH_COMPANY", "content", "질문"), 404)
                .body("detail", equalTo("Company 'NO_SUCH_COMPANY' does not exist"));
        given().queryParam("company_id", "NO_SUCH_COMPANY").when().get("/api/questions")
                .then().statusCode(404).body("detail", equalTo("Company 'NO_SUCH_COMPANY' does not exist"));
    }

    @Test
    void anUnknownQuestionIsANotFoundProblem() {
        given().when().get("/api/questions/{id}", Integer.MAX_VALUE)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Question '" + Integer.MAX_VALUE + "' does not exist"));
    }

    @Test
    void aQuestionWithoutContentIsRejectedNamingTheField() {
        refusedPost("/api/questions", Map.of("category", "backend"), 400).body("errors.field", hasItem("content"));
    }
}
