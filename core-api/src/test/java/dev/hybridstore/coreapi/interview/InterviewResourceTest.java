package dev.hybridstore.coreapi.interview;

import static dev.hybridstore.coreapi.question.KnowledgeRows.db;
import static dev.hybridstore.coreapi.question.KnowledgeRows.newCompany;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.hybridstore.coreapi.question.KnowledgeRows;
import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class InterviewResourceTest {

    private static final TestIds IDS = TestIds.create("ITV");

    @BeforeAll
    static void readDecimalsAsDoubles() {
        // So a stored 4.5 compares equal to the 4.5 that was sent (RestAssured reads floats by default).
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));
    }

    @RegisterExtension
    static final OwnRows ROWS = KnowledgeRows.deletedAfterAll(IDS, "DELETE FROM interviews WHERE company_id LIKE ?");

    @AfterAll
    static void restoreJsonConfig() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig());
    }

    @Test
    void evaluationJsonRoundTripsThroughJsonb() throws Exception {
        String company = newCompany(IDS);
        int question = given().contentType(ContentType.JSON).body(Map.of("company_id", company, "content", "장애 대응 경험은?"))
                .post("/api/questions").then().statusCode(201).extract().path("id");
        Map<String, Object> evaluation = Map.of("clarity", 4, "depth", 4.5, "strengths", List.of("수치 제시", "회고"),
                "rubric", Map.of("passed", true, "reviewer", "박서연"));

        long id = ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("company_id", company, "question_id", question, "candidate_name", "김민준", "answer", "알람 기준부터 ...",
                        "score", 85, "evaluation", evaluation))
                .when().post("/api/interviews")
                .then().statusCode(201).body("evaluation", equalTo(evaluation)).extract().path("id")).longValue();

        given().when().get("/api/interviews/{id}", id)
                .then().statusCode(200).body("company_id", equalTo(company)).body("question_id", equalTo(question))
                .body("score", equalTo(85)).body("evaluation", equalTo(evaluation));
        try (Connection db = db(); PreparedStatement read = db.prepareStatement(
                "SELECT jsonb_typeof(evaluation), evaluation -> 'rubric' ->> 'reviewer' FROM interviews WHERE id = ?")) {
            read.setLong(1, id);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                org.assertj.core.api.Assertions.assertThat(row.getString(1)).isEqualTo("object");
                org.assertj.core.api.Assertions.assertThat(row.getString(2)).isEqualTo("박서연");
            }
        }
    }

    @Test
    void listsOneCompanysInterviews() {
        String company = newCompany(IDS);
        int mine = ((Number) given().contentType(ContentType.JSON).body(Map.of("company_id", company, "score", 70))
                .post("/api/interviews").then().statusCode(201).extract().path("id")).intValue();
        given().contentType(ContentType.JSON).body(Map.of("company_id", newCompany(IDS), "score", 60)).post("/api/interviews")
                .then().statusCode(201);

        given().queryParam("company_id", company).when().get("/api/interviews").then().statusCode(200).body("id", contains(mine));
    }

    @Test
    void unknownCompanyOrQuestionAreNotFoundProblems() {
        given().contentType(ContentType.JSON).body(Map.of("company_id", "NO_SUCH_COMPANY", "score", 50))
                .when().post("/api/interviews")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Company 'NO_SUCH_COMPANY' does not exist"));
        given().contentType(ContentType.JSON).body(Map.of("company_id", newCompany(IDS), "question_id", Integer.MAX_VALUE))
                .when().post("/api/interviews")
                .then().statusCode(404).body("detail", equalTo("Question '" + Integer.MAX_VALUE + "' does not exist"));
        given().when().get("/api/interviews/{id}", Long.MAX_VALUE)
                .then().statusCode(404).body("detail", equalTo("Interview '" + Long.MAX_VALUE + "' does not exist"));
    }

    @Test
    void aScoreAbove100IsRejectedNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("company_id", newCompany(IDS), "score", 101))
                .when().post("/api/interviews")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("score"));
    }

    @Test
    void aControlCharacterInANestedEvaluationKeyIsRefusedNamingTheField() {
        // Untyped JSON: Jackson reads nested keys itself, and jsonb refuses U+0000.
        given().contentType(ContentType.JSON)
                .body("{\"company_id\":\"" + newCompany(IDS) + "\",\"evaluation\":{\"rubric\":{\"\\u0000\":true}}}")
                .when().post("/api/interviews")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", startsWith("evaluation"))
                .body("errors[0].message", containsString("control characters"));
    }
}
