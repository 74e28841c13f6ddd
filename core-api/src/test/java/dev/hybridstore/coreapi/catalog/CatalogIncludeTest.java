package dev.hybridstore.coreapi.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.OwnIds;
import dev.hybridstore.testsupport.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class CatalogIncludeTest {

    @RegisterExtension
    static final OwnIds IDS = CatalogRows.create("INC");

    /** Statements on the project tree's tables, as pg_stat_statements counts them (its normalised text holds no constant). */
    private static final String CALLS = "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE dbid = "
            + "(SELECT oid FROM pg_database WHERE datname = current_database()) AND query ~ 'pokervod\\.(projects|seasons|events)\\M'";

    static String projectId;

    /** Over HTTP, so not in a static @BeforeAll: RestAssured learns the test port only once the application runs. */
    @BeforeEach
    void aProjectWithThreeSeasonsOfTwoEventsEach() {
        if (projectId != null) {
            return;
        }
        try (TestDatabase db = new TestDatabase()) {
            db.update("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
        List<Map<String, Object>> seasons = List.of(2022, 2023, 2024).stream().map(year -> Map.<String, Object>of(
                "season", Map.of("year", year, "name", "EPT " + year),
                "events", List.of(Map.of("event_number", 1, "name", "Main " + year), Map.of("event_number", 2, "name", "High Roller " + year))))
                .toList();
        projectId = given().contentType(ContentType.JSON).body(Map.of("project", Map.of("code", IDS.next(), "name", "EPT"), "seasons", seasons))
                .when().post("/api/catalog/trees").then().statusCode(201).extract().path("project_id");
    }

    @Test
    void aProjectComesWithItsSeasonsAndTheirEventsInOneStatementPerLevel() {
        long before = statements();

        JsonPath tree = given().when().get("/api/catalog/projects/{id}?include=seasons.events", projectId)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        assertThat(statements() - before).as("project, seasons, events").isEqualTo(3);
        assertThat(tree.getString("id")).isEqualTo(projectId);
        assertThat(tree.getString("name")).isEqualTo("EPT");
        assertThat(tree.getList("seasons.year", Integer.class)).containsExactly(2022, 2023, 2024);
        assertThat(tree.getList("seasons[1].events.name", String.class)).containsExactly("Main 2023", "High Roller 2023");
        assertThat(tree.getList("seasons.events.season_id.flatten()")).hasSize(6);
        assertThat(tree.getString("seasons[2].events[0].season_id")).isEqualTo(tree.getString("seasons[2].id"));
    }

    @Test
    void oneLevelLeavesTheLevelsBelowOutAndSoftDeletedRowsAreNotIncluded() {
        String first = given().when().get("/api/catalog/projects/{id}/seasons", projectId).then().extract().path("[0].id");
        String otherProject = given().contentType(ContentType.JSON).body(Map.of("project", Map.of("code", IDS.next(), "name", "EPT, gone"),
                        "seasons", List.of(Map.of("season", Map.of("year", 2020, "name", "EPT 2020")))))
                .when().post("/api/catalog/trees").then().statusCode(201).extract().path("project_id");
        String gone = given().when().get("/api/catalog/projects/{id}/seasons", otherProject).then().extract().path("[0].id");
        given().when().delete("/api/catalog/seasons/{id}", gone).then().statusCode(204);

        given().when().get("/api/catalog/projects/{id}?include=seasons", otherProject)
                .then().statusCode(200).body("seasons", equalTo(List.of()));
        JsonPath tree = given().when().get("/api/catalog/projects/{id}?include=seasons", projectId).then().statusCode(200).extract().jsonPath();
        assertThat(tree.getList("seasons.id", String.class)).contains(first).hasSize(3);
        assertThat(tree.getMap("seasons[0]")).doesNotContainKey("events");
    }

    @Test
    void aNameThatIsNotATableBelowIsABadRequestNamingTheOnesThatAre() {
        given().when().get("/api/catalog/projects/{id}?include=seasons.players", projectId)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("include"))
                .body("errors[0].message", equalTo("'players' is not a table under seasons; one of: events"));
        given().when().get("/api/catalog/players/{id}?include=seasons", projectId)
                .then().statusCode(400).body("errors[0].message", containsString("(none is)"));
    }

    @Test
    void anAbsentRowIsNotFoundWithOrWithoutInclude() {
        String missing = "00000000-0000-4000-8000-000000000001";
        given().when().get("/api/catalog/projects/{id}?include=seasons", missing)
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("detail", containsString(missing));
    }

    private static long statements() {
        try (TestDatabase db = new TestDatabase()) {
            return db.longValue(CALLS);
        }
    }
}
