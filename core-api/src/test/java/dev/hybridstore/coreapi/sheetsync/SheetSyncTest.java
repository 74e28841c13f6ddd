package dev.hybridstore.coreapi.sheetsync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class SheetSyncTest {

    private static final TestIds IDS = TestIds.create("SHEET");
    private static final String TAB = "/api/catalog/sheet-syncs/{sheetId}/tabs/{tab}";

    @RegisterExtension
    static final OwnRows ROWS = OwnRows.deletedAfterAll(IDS.prefix() + "%", "DELETE FROM pokervod.google_sheet_sync WHERE sheet_id LIKE ?");

    @Test
    void aReportIsStoredThenReplacedWhole() {
        String sheet = IDS.next();
        String id = report(sheet, "2024", Map.of("status", "running", "rows_read", 0, "last_row", 0)).statusCode(200)
                .body("sheet_id", equalTo(sheet)).body("tab", equalTo("2024")).body("status", equalTo("running"))
                .body("errors", empty()).body("synced_at", nullValue()).extract().path("id");

        report(sheet, "2024", Map.of("status", "success", "synced_at", "2025-01-09T06:00:00", "rows_read", 24, "last_row", 120,
                "errors", List.of("row 117: hand_number is not a number"))).statusCode(200).body("id", equalTo(id));
        given().when().get(TAB, sheet, "2024").then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("success"))
                .body("synced_at", equalTo("2025-01-09T06:00:00")).body("rows_read", equalTo(24)).body("last_row", equalTo(120))
                .body("errors", equalTo(List.of("row 117: hand_number is not a number")));

        report(sheet, "2024", Map.of("status", "failed", "rows_read", 3, "last_row", 120)).statusCode(200)
                .body("id", equalTo(id)).body("status", equalTo("failed")).body("errors", empty()).body("synced_at", nullValue());
    }

    @Test
    void listsComeAKeysetPageAtATimeOptionallyOfOneSheet() {
        String first = IDS.next();
        String second = IDS.next();
        for (String tab : List.of("2025", "2023", "2024")) {
            report(first, tab, Map.of("status", "success", "rows_read", 1, "last_row", 1)).statusCode(200);
        }
        report(second, "2024", Map.of("status", "pending", "rows_read", 0, "last_row", 0)).statusCode(200);

        String after = given().queryParam("sheet_id", first).queryParam("limit", 2).when().get("/api/catalog/sheet-syncs").then()
                .statusCode(200).body("items.tab", equalTo(List.of("2023", "2024"))).body("next_after", notNullValue())
                .extract().path("next_after");
        given().queryParam("sheet_id", first).queryParam("limit", 2).queryParam("after", after).when().get("/api/catalog/sheet-syncs")
                .then().body("items.tab", equalTo(List.of("2025"))).body("next_after", nullValue());
        given().queryParam("sheet_id", second).when().get("/api/catalog/sheet-syncs").then()
                .body("items.sheet_id", equalTo(List.of(second))).body("items.status", equalTo(List.of("pending")));
        given().queryParam("after", "not-a-cursor").when().get("/api/catalog/sheet-syncs").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("after"));
    }

    @Test
    void aTabNeverReportedIsNotFound() {
        String sheet = IDS.next();
        given().when().get(TAB, sheet, "2031").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Sheet sync '" + sheet + "/2031' does not exist"));
    }

    @Test
    void malformedReportsAreBadRequestsNamingTheField() {
        String sheet = IDS.next();
        refused(sheet, "2024", Map.of("status", "done", "rows_read", 1, "last_row", 1), "status");
        refused(sheet, "2024", Map.of("status", "success", "rows_read", -1, "last_row", 1), "rows_read");
        refused(sheet, "2024", Map.of("status", "success", "last_row", 1), "rows_read");
        refused(sheet, "2024", Map.of("status", "success", "rows_read", 1, "last_row", 1, "errors", Collections.nCopies(101, "x")), "errors");
        refused(sheet, " ", Map.of("status", "success", "rows_read", 1, "last_row", 1), "tab");
        refused("s".repeat(201), "2024", Map.of("status", "success", "rows_read", 1, "last_row", 1), "sheet_id");
        Map<String, Object> nullError = new HashMap<>(Map.of("status", "success", "rows_read", 1, "last_row", 1));
        nullError.put("errors", java.util.Arrays.asList("ok", null));
        refused(sheet, "2024", nullError, "errors[1]");
        given().when().get(TAB, sheet, "2024").then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse report(String sheet, String tab, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().put(TAB, sheet, tab).then();
    }

    private static void refused(String sheet, String tab, Map<String, Object> body, String field) {
        report(sheet, tab, body).statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem(field));
    }
}
