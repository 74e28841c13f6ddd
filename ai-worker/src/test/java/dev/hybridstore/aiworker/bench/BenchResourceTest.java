package dev.hybridstore.aiworker.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import dev.hybridstore.aiworker.embedding.EmbeddingService;
import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BenchResourceTest {

    @Inject
    EmbeddingService service;

    @Test
    void measuresTheWorkerBesideTheRawModelAndLeavesNoRowBehind() throws Exception {
        service.sweep(service.everything()).await().atMost(Duration.ofMinutes(1)); // the bench wants an empty backlog

        var result = given().post("/embeddings/bench?rows=40").then().statusCode(200)
                .body("rows", equalTo(40)).body("threads", greaterThan(0)).body("cores", greaterThan(0))
                .body("raw_rows_per_second", greaterThan(0f)).body("worker_rows_per_second", greaterThan(0f)).body("ratio", greaterThan(0f))
                .body("indexed_write_rows_per_second", greaterThan(0f))
                .extract().as(BenchResult.class);
        assertThat(result.cpuBoundRowsPerSecond()).isPositive().isLessThanOrEqualTo(result.rawRowsPerSecond());

        try (Connection db = Migrations.connect(RealServices.endpoints().databaseUrl());
                ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM questions WHERE category = 'bench'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void aSizeOutsideTheBoundsIsABadRequest() {
        given().post("/embeddings/bench?rows=1").then().statusCode(400);
    }
}
