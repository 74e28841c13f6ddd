package dev.hybridstore.coreapi.catalog;

import static dev.hybridstore.testsupport.JsonRequests.postJson;
import static dev.hybridstore.testsupport.JsonRequests.refusedPost;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.OwnIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class CatalogCrudTest {

    @RegisterExtension
    static final OwnIds IDS = CatalogRows.create("CAT");

    @Test
    void aProjectIsCreatedReadReplacedAndSoftDeleted() {
        String code = IDS.next();
        String id = post("/api/catalog/projects", Map.of("code", code, "name", "World Series of Poker"))
                .body("code", equalTo(code)).body("is_active", equalTo(true)).body("deleted_at", equalTo(null))
                .extract().path("id");

        given().when().get("/api/catalog/projects/{id}", id).then().statusCode(200).body("name", equalTo("World Series of Poker"));
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "WSOP", "is_active", false))
                .when().put("/api/catalog/projects/{id}", id)
                .then().statusCode(200).body("name", equalTo("WSOP")).body("is_active", equalTo(false));

        given().when().delete("/api/catalog/projects/{id}", id).then().statusCode(204);

        given().when().get("/api/catalog/projects/{id}", id)
                .then().statusCode(404).contentType("application/problem+json").body("detail", equalTo("Project '" + id + "' does not exist"));
        given().queryParam("limit", 100).when().get("/api/catalog/projects").then().statusCode(200).body("id", not(hasItem(id)));
        given().when().delete("/api/catalog/projects/{id}", id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "x")).when().put("/api/catalog/projects/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void aTakenProjectCodeIsAConflictProblemNamingTheKey() {
        String code = IDS.next();
        post("/api/catalog/projects", Map.of("code", code, "name", "first"));

        refusedPost("/api/catalog/projects", Map.of("code", code, "name", "second"), 409).body("title", equalTo("Conflict"))
                .body("detail", containsString("(code)=(" + code + ") already exists"));
    }

    @Test
    void seasonsEventsAndEpisodesHangUnderTheirParents() {
        String project = project("EPT");
        String season = post("/api/catalog/projects/" + project + "/seasons", Map.of("year", 2024, "name", "EPT 2024"))
                .body("project_id", equalTo(project)).body("status", equalTo("active")).extract().path("id");
        String event = post("/api/catalog/seasons/" + season + "/events",
                Map.of("event_number", 1, "name", "Main Event", "buy_in", 5300, "start_date", "2024-04-20"))
                .body("season_id", equalTo(season)).body("buy_in", equalTo(5300.0f)).extract().path("id");
        String episode = post("/api/catalog/events/" + event + "/episodes", Map.of("episode_number", 1, "title", "Day 1A"))
                .body("event_id", equalTo(event)).extract().path("id");

        given().when().get("/api/catalog/projects/{id}/seasons", project).then().statusCode(200).body("id", hasItem(season));
        given().when().get("/api/catalog/seasons/{id}/events", season).then().statusCode(200).body("id", hasItem(event));
        given().when().get("/api/catalog/events/{id}/episodes", event).then().statusCode(200).body("id", hasItem(episode));
        given().when().get("/api/catalog/episodes/{id}", episode).then().statusCode(200).body("title", equalTo("Day 1A"));
    }

    @Test
    void deletingAProjectHidesEverythingBelowIt() {
        String project = project("WSOP");
        String season = season(project, 2025, "WSOP 2025");
        String event = post("/api/catalog/seasons/" + season + "/events", Map.of("event_number", 1, "name", "Main Event")).extract().path("id");
        String episode = post("/api/catalog/events/" + event + "/episodes", Map.of("episode_number", 1, "title", "Day 1")).extract().path("id");
        String videoFile = post("/api/catalog/video-files", Map.of("episode_id", episode, "file_path", IDS.next() + "/day1.mp4",
                "file_name", "day1.mp4", "display_title", "WSOP Main Event Day 1")).extract().path("id");
        String clip = post("/api/catalog/hand-clips", Map.of("video_file_id", videoFile, "sheet_source", IDS.next(), "sheet_row_number", 1,
                "title", "All in", "start_sec", 10.0, "end_sec", 40.0, "importance", 3)).extract().path("id");

        given().when().delete("/api/catalog/projects/{id}", project).then().statusCode(204);

        given().when().get("/api/catalog/seasons/{id}", season).then().statusCode(404);
        given().when().get("/api/catalog/events/{id}", event).then().statusCode(404);
        given().when().get("/api/catalog/episodes/{id}", episode).then().statusCode(404);
        given().when().get("/api/catalog/video-files/{id}", videoFile).then().statusCode(404);
        given().when().get("/api/catalog/hand-clips/{id}", clip).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString(clip));
    }

    @Test
    void aSecondSeasonForTheSameYearIsAConflict() {
        String project = project("WPT");
        season(project, 2023, "WPT 2023");

        refusedPost("/api/catalog/projects/" + project + "/seasons", Map.of("year", 2023, "name", "again"), 409)
                .body("detail", equalTo("Project '" + project + "' already has a season for 2023"));
    }

    @Test
    void movingASeasonToATakenYearIsAConflictNamingTheYear() {
        String project = project("APT");
        season(project, 2022, "APT 2022");
        String season = season(project, 2023, "APT 2023");

        given().contentType(ContentType.JSON).body(Map.of("year", 2022, "name", "APT 2023 moved"))
                .when().put("/api/catalog/seasons/{id}", season)
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("ix_seasons_project_year_live")).body("detail", containsString("2022"));
    }

    @Test
    void aDeletedSeasonsYearCanBeUsedAgain() {
        String project = project("EPT");
        String first = season(project, 2021, "EPT 2021");
        given().when().delete("/api/catalog/seasons/{id}", first).then().statusCode(204);

        season(project, 2021, "EPT 2021, rebooked");
        given().when().get("/api/catalog/projects/{id}/seasons", project).then().statusCode(200)
                .body("name", equalTo(List.of("EPT 2021, rebooked")));
    }

    @Test
    void childrenOfAMissingOrDeletedParentAreNotFound() {
        String project = project("gone");
        given().when().delete("/api/catalog/projects/{id}", project).then().statusCode(204);
        String unknown = UUID.randomUUID().toString();

        refusedPost("/api/catalog/projects/" + project + "/seasons", Map.of("year", 2024, "name", "orphan"), 404)
                .body("detail", equalTo("Project '" + project + "' does not exist"));
        given().when().get("/api/catalog/projects/{id}/seasons", project).then().statusCode(404);
        refusedPost("/api/catalog/seasons/" + unknown + "/events", Map.of("event_number", 1, "name", "x"), 404)
                .body("detail", equalTo("Season '" + unknown + "' does not exist"));
    }

    @Test
    void anEventEndingBeforeItStartsIsABadRequestNamingTheConstraint() {
        String project = project("APT");
        String season = season(project, 2022, "APT 2022");

        refusedPost("/api/catalog/seasons/" + season + "/events",
                Map.of("event_number", 1, "name", "Backwards", "start_date", "2022-05-02", "end_date", "2022-05-01"), 400)
                .body("detail", containsString("ck_events_dates"));
    }

    @Test
    void invalidFieldsAndALimitAbove100AreBadRequests() {
        postJson("/api/catalog/projects", Map.of("code", IDS.next(), "name", "x")).statusCode(201);
        given().queryParam("limit", 101).when().get("/api/catalog/projects")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        given().queryParam("page", 0).when().get("/api/catalog/tags").then().statusCode(400).body("errors.field", hasItem("page"));
        refusedPost("/api/catalog/players", Map.of("name", IDS.next(), "country", "Korea"), 400).body("errors.field", hasItem("country"));
    }

    @Test
    void handClipsAreTaggedAndJoinedByPlayersAndUnlinked() {
        String videoFile = post("/api/catalog/video-files", Map.of("file_path", "/nas/" + IDS.next() + ".mp4", "file_name", "day1.mp4",
                "display_title", "Main Event Day 1")).body("scan_status", equalTo("pending")).extract().path("id");
        String clip = post("/api/catalog/hand-clips", Map.of("video_file_id", videoFile, "sheet_source", IDS.next(), "sheet_row_number", 7,
                "title", "Hero call", "start_sec", 120.5, "end_sec", 180.0, "importance", 4)).extract().path("id");
        String tag = post("/api/catalog/tags", Map.of("category", IDS.next(), "name", "bluff")).extract().path("id");
        String player = post("/api/catalog/players", Map.of("name", IDS.next(), "country", "KR")).extract().path("id");

        given().when().put("/api/catalog/hand-clips/{id}/tags/{tag}", clip, tag).then().statusCode(204);
        given().when().put("/api/catalog/hand-clips/{id}/tags/{tag}", clip, tag).then().statusCode(204);
        given().when().put("/api/catalog/hand-clips/{id}/players/{player}", clip, player).then().statusCode(204);
        given().when().get("/api/catalog/hand-clips/{id}/tags", clip).then().statusCode(200).body("id", equalTo(java.util.List.of(tag)));
        given().when().get("/api/catalog/hand-clips/{id}/players", clip).then().statusCode(200).body("country", hasItem("KR"));
        given().queryParam("video_file_id", videoFile).when().get("/api/catalog/hand-clips").then().body("id", hasItem(clip));

        given().when().delete("/api/catalog/hand-clips/{id}/tags/{tag}", clip, tag).then().statusCode(204);
        given().when().get("/api/catalog/hand-clips/{id}/tags", clip).then().body("$", empty());
        given().when().delete("/api/catalog/hand-clips/{id}/tags/{tag}", clip, tag).then().statusCode(404);
        given().when().put("/api/catalog/hand-clips/{id}/tags/{tag}", clip, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aSheetRowIsImportedOnceAndATagNameOncePerCategory() {
        String source = IDS.next();
        post("/api/catalog/hand-clips", Map.of("sheet_source", source, "sheet_row_number", 1));
        refusedPost("/api/catalog/hand-clips", Map.of("sheet_source", source, "sheet_row_number", 1), 409).body("detail", containsString("already exists"));

        String category = IDS.next();
        post("/api/catalog/tags", Map.of("category", category, "name", "river"));
        refusedPost("/api/catalog/tags", Map.of("category", category, "name", "river"), 409);
    }

    /** A new project under the class's prefix; its id. */
    private static String project(String name) {
        return post("/api/catalog/projects", Map.of("code", IDS.next(), "name", name)).extract().path("id");
    }

    /** A new season of the project; its id. */
    private static String season(String project, int year, String name) {
        return post("/api/catalog/projects/" + project + "/seasons", Map.of("year", year, "name", name)).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse post(String path, Map<String, ?> body) {
        return postJson(path, body).statusCode(201)
                .header("Location", notNullValue()).body("id", notNullValue());
    }
}
