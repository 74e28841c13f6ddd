package dev.hybridstore.coreapi.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.OwnIds;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class CatalogSearchTest {

    @RegisterExtension
    static final OwnIds IDS = CatalogRows.create("FTS");

    @Test
    void findsVideoTitlesAndHandClipNotesByStemAndRanksThem() {
        // A token no other test uses, so the hits are this test's rows; 'bluffs' and 'bluff' share the stem 'bluff'.
        String token = "zugzwang" + IDS.prefix().replaceAll("[^A-Za-z]", "").toLowerCase();
        String title = videoFile("Final table bluffs " + token);
        String clip = handClip("A " + token + " bluff on the river, then another bluff");
        videoFile("Day one highlights " + token);

        JsonPath result = given().queryParam("q", token + " bluff").when().get("/api/catalog/search").then().statusCode(200)
                .extract().jsonPath();

        assertThat(result.getString("query")).isEqualTo(token + " bluff");
        assertThat(result.getList("hits.id", String.class)).containsExactlyInAnyOrder(title, clip);
        assertThat(result.getList("hits.kind", String.class)).containsExactlyInAnyOrder("video_file", "hand_clip");
        assertThat(result.getList("hits.rank", Float.class)).allSatisfy(rank -> assertThat(rank).isPositive()).isSortedAccordingTo(
                (a, b) -> Float.compare(b, a));
    }

    @Test
    void softDeletedRowsAreNotFound() {
        String word = "deleted" + IDS.prefix().replaceAll("[^A-Za-z]", "").toLowerCase();
        String id = videoFile("Lost " + word);
        given().when().delete("/api/catalog/video-files/{id}", id).then().statusCode(204);

        given().queryParam("q", word).when().get("/api/catalog/search").then().statusCode(200).body("hits", org.hamcrest.Matchers.empty());
        given().when().get("/api/catalog/video-files/{id}", id).then().statusCode(404);
    }

    @Test
    void theSearchStatementUsesBothFullTextIndexes() throws Exception {
        try (Connection db = Migrations.connect(RealServices.endpoints().databaseUrl()); Statement settings = db.createStatement()) {
            // The tables are tiny here, so forbid sequential scans: the plan shows whether the expressions match the indexes.
            settings.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = db.prepareStatement("EXPLAIN " + CatalogSearchRepository.SEARCH.replaceAll("\\$\\d", "?"))) {
                explain.setString(1, "final");
                explain.setString(2, "final");
                explain.setString(3, "final");
                explain.setString(4, "final");
                explain.setInt(5, 10);
                explain.setLong(6, 0);
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            }
            assertThat(plan).contains("ix_video_files_title_gin").contains("ix_hand_clips_notes_gin");
        }
    }

    @Test
    void anEmptyQueryOrALimitAbove100IsABadRequest() {
        given().queryParam("q", " ").when().get("/api/catalog/search").then().statusCode(400).body("errors.field", hasItem("q"));
        given().queryParam("q", "final").queryParam("limit", 101).when().get("/api/catalog/search")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    private static String videoFile(String displayTitle) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("file_path", "/nas/" + IDS.next() + ".mp4", "file_name", "v.mp4", "display_title", displayTitle))
                .when().post("/api/catalog/video-files").then().statusCode(201).extract().path("id");
    }

    private static String handClip(String notes) {
        return given().contentType(ContentType.JSON).body(Map.of("sheet_source", IDS.next(), "notes", notes))
                .when().post("/api/catalog/hand-clips").then().statusCode(201).extract().path("id");
    }
}
