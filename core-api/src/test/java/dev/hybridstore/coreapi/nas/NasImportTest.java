package dev.hybridstore.coreapi.nas;

import static dev.hybridstore.coreapi.nas.NasTrees.MTIME;
import static dev.hybridstore.coreapi.nas.NasTrees.SCANNED;
import static dev.hybridstore.coreapi.nas.NasTrees.file;
import static dev.hybridstore.coreapi.nas.NasTrees.folder;
import static dev.hybridstore.coreapi.nas.NasTrees.importTree;
import static dev.hybridstore.coreapi.nas.NasTrees.tree;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.testsupport.OwnIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
class NasImportTest {

    @RegisterExtension
    static final OwnIds ROOTS = NasRows.tagged("NASIMP");

    @Test
    void anImportAddsTheTreeWithCountsDepthsAndCategories() {
        String root = "/" + ROOTS.next();
        String rootId = importTree(tree(root, List.of(file("index.nfo", 10, MTIME)),
                List.of(folder("day1", List.of(file("a.mp4", 1000, MTIME), file("a.ko.srt", 20, MTIME))))))
                .body("path", equalTo(root)).body("folders", equalTo(2)).body("folders_gone", equalTo(0)).body("added", equalTo(3))
                .body("changed", equalTo(0)).body("unchanged", equalTo(0)).body("gone", equalTo(0))
                .extract().path("root_id");

        given().when().get("/api/catalog/nas-folders/{id}", rootId).then().statusCode(200)
                .body("path", equalTo(root)).body("parent_id", nullValue()).body("depth", equalTo(0)).body("file_count", equalTo(1))
                .body("total_size_bytes", equalTo(10)).body("last_scanned_at", equalTo(SCANNED));
        String day1 = given().queryParam("parent_id", rootId).when().get("/api/catalog/nas-folders").then().statusCode(200)
                .body("items.path", equalTo(List.of(root + "/day1"))).body("items[0].depth", equalTo(1))
                .body("items[0].file_count", equalTo(2)).body("items[0].total_size_bytes", equalTo(1020)).body("next_after", nullValue())
                .extract().path("items[0].id");
        given().queryParam("folder_id", day1).when().get("/api/catalog/nas-files").then().statusCode(200)
                .body("items.file_path", equalTo(List.of(root + "/day1/a.ko.srt", root + "/day1/a.mp4")))
                .body("items.extension", equalTo(List.of("srt", "mp4")))
                .body("items.file_category", equalTo(List.of("subtitle", "video")))
                .body("items[1].size_bytes", equalTo(1000)).body("items[1].mtime", equalTo(MTIME));
    }

    @Test
    void theSameTreeImportedAgainChangesNothing() {
        String root = "/" + ROOTS.next();
        Map<String, Object> tree = tree(root, List.of(file("a.mp4", 1, MTIME), file("b.mp4", 2, null)),
                List.of(folder("sub", List.of(file("c.mp4", 3, MTIME)))));
        String rootId = importTree(tree).body("added", equalTo(3)).extract().path("root_id");
        List<String> updatedBefore = given().queryParam("folder_id", rootId).get("/api/catalog/nas-files").then().extract().path("items.updated_at");
        String folderUpdatedBefore = given().get("/api/catalog/nas-folders/{id}", rootId).then().extract().path("updated_at");

        importTree(tree).body("added", equalTo(0)).body("changed", equalTo(0)).body("unchanged", equalTo(3)).body("gone", equalTo(0))
                .body("folders_gone", equalTo(0)).body("root_id", equalTo(rootId));

        given().queryParam("folder_id", rootId).when().get("/api/catalog/nas-files").then().body("items.updated_at", equalTo(updatedBefore));
        given().when().get("/api/catalog/nas-folders/{id}", rootId).then().body("updated_at", equalTo(folderUpdatedBefore));
    }

    @Test
    void anotherSizeOrMtimeCountsAsChanged() {
        String root = "/" + ROOTS.next();
        String rootId = importTree(tree(root, List.of(file("a.mp4", 100, MTIME), file("b.mp4", 200, MTIME), file("c.mp4", 300, MTIME)),
                List.of())).extract().path("root_id");

        importTree(tree(root, List.of(file("a.mp4", 101, MTIME), file("b.mp4", 200, "2024-07-05T08:30:00"), file("c.mp4", 300, MTIME)),
                List.of()))
                .body("added", equalTo(0)).body("changed", equalTo(2)).body("unchanged", equalTo(1)).body("gone", equalTo(0));

        given().queryParam("folder_id", rootId).when().get("/api/catalog/nas-files").then()
                .body("items.size_bytes", equalTo(List.of(101, 200, 300)))
                .body("items.mtime", equalTo(List.of(MTIME, "2024-07-05T08:30:00", MTIME)));
        given().when().get("/api/catalog/nas-folders/{id}", rootId).then().body("total_size_bytes", equalTo(601));
    }

    @Test
    void aFileOrFolderTheTreeNoLongerListsIsGoneUntilListedAgain() {
        String root = "/" + ROOTS.next();
        Map<String, Object> full = tree(root, List.of(file("a.mp4", 1, MTIME), file("b.mp4", 2, MTIME)),
                List.of(folder("old", List.of(file("c.mp4", 3, MTIME)))));
        String rootId = importTree(full).extract().path("root_id");
        String b = fileId(rootId, root + "/b.mp4");
        String old = given().queryParam("parent_id", rootId).get("/api/catalog/nas-folders").then().extract().path("items[0].id");

        importTree(tree(root, List.of(file("a.mp4", 1, MTIME)), List.of()))
                .body("added", equalTo(0)).body("changed", equalTo(0)).body("unchanged", equalTo(1)).body("gone", equalTo(2))
                .body("folders", equalTo(1)).body("folders_gone", equalTo(1));

        given().when().get("/api/catalog/nas-files/{id}", b).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("NAS file '" + b + "' does not exist"));
        given().when().get("/api/catalog/nas-folders/{id}", old).then().statusCode(404);
        given().queryParam("folder_id", rootId).when().get("/api/catalog/nas-files").then()
                .body("items.file_path", equalTo(List.of(root + "/a.mp4")));

        importTree(full).body("added", equalTo(2)).body("unchanged", equalTo(1)).body("gone", equalTo(0));
        given().when().get("/api/catalog/nas-files/{id}", b).then().statusCode(200).body("deleted_at", nullValue());
        given().when().get("/api/catalog/nas-folders/{id}", old).then().statusCode(200);
    }

    @Test
    void anImportOfASubtreeHangsItUnderTheLiveFolderAboveIt() {
        String root = "/" + ROOTS.next();
        String rootId = importTree(tree(root, List.of(), List.of(folder("2024", List.of())))).extract().path("root_id");
        String season = given().queryParam("parent_id", rootId).get("/api/catalog/nas-folders").then().extract().path("items[0].id");

        String dayId = importTree(tree(root + "/2024/day1", List.of(file("x.mp4", 5, MTIME)), List.of()))
                .body("added", equalTo(1)).extract().path("root_id");

        given().when().get("/api/catalog/nas-folders/{id}", dayId).then().body("parent_id", equalTo(season)).body("depth", equalTo(2));
        given().when().get("/api/catalog/nas-folders/{id}", season).then().statusCode(200);
    }

    @Test
    void listsComeAKeysetPageAtATime() {
        String root = "/" + ROOTS.next();
        String rootId = importTree(tree(root, List.of(file("1.mp4", 1, MTIME), file("2.mp4", 1, MTIME), file("3.mp4", 1, MTIME)), List.of()))
                .extract().path("root_id");

        String after = given().queryParam("folder_id", rootId).queryParam("limit", 2).when().get("/api/catalog/nas-files").then()
                .statusCode(200).body("items.file_name", equalTo(List.of("1.mp4", "2.mp4"))).body("next_after", equalTo(root + "/2.mp4"))
                .extract().path("next_after");
        given().queryParam("folder_id", rootId).queryParam("limit", 2).queryParam("after", after).when().get("/api/catalog/nas-files")
                .then().body("items.file_name", equalTo(List.of("3.mp4"))).body("next_after", nullValue());
        given().queryParam("limit", 101).when().get("/api/catalog/nas-files").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("folder_id", UUID.randomUUID()).when().get("/api/catalog/nas-files").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        given().queryParam("parent_id", UUID.randomUUID()).when().get("/api/catalog/nas-folders").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void malformedFieldsAreBadRequestsNamingTheField() {
        String root = "/" + ROOTS.next();
        Map<String, Object> noSize = new HashMap<>(Map.of("name", "a.mp4"));
        refused(tree(root, List.of(), List.of(folder("day1", List.of(noSize)))), 400, "folders[0].files[0].size_bytes", "must not be null");
        refused(tree("relative/path", List.of(), List.of()), 400, "path", NasImport.ROOT_RULE);
        refused(tree(root + "/", List.of(), List.of()), 400, "path", NasImport.ROOT_RULE);
        refused(tree(root + "/../etc", List.of(), List.of()), 400, "path", NasImport.ROOT_RULE);
        refused(tree(root, List.of(file("a/b.mp4", 1, MTIME)), List.of()), 400, "files[0].name", NasImport.NAME_RULE);
        refused(tree(root, List.of(file("a.mp4", -1, MTIME)), List.of()), 400, "files[0].size_bytes", "must be greater than or equal to 0");
        Map<String, Object> noTime = new HashMap<>(tree(root, List.of(), List.of()));
        noTime.remove("scanned_at");
        refused(noTime, 400, "scanned_at", "must not be null");
    }

    @Test
    void aNameTwiceInOneFolderOrAnOverlongPathIsUnprocessable() {
        String root = "/" + ROOTS.next();
        refused(tree(root, List.of(), List.of(folder("day1", List.of(file("a.mp4", 1, MTIME), file("a.mp4", 2, MTIME))))), 422,
                "folders[0].files[1].name", "repeats the name 'a.mp4' in its folder");
        refused(tree(root, List.of(file("x", 1, MTIME)), List.of(folder("x", List.of()))), 422, "folders[0].name",
                "repeats the name 'x' in its folder");
        String deep = "d".repeat(500);
        refused(tree(root, List.of(), List.of(folder(deep, List.of(file(deep, 1, MTIME))))), 422, "folders[0].files[0].name",
                "makes the path " + (root.length() + 1002) + " characters long, over 1000");
    }

    private static String fileId(String folderId, String path) {
        List<Map<String, Object>> items = given().queryParam("folder_id", folderId).get("/api/catalog/nas-files").then().extract().path("items");
        return items.stream().filter(f -> path.equals(f.get("file_path"))).map(f -> (String) f.get("id")).findFirst().orElseThrow();
    }

    private static void refused(Map<String, Object> tree, int status, String field, String message) {
        given().contentType(ContentType.JSON).body(tree).when().post("/api/catalog/nas-imports").then().statusCode(status)
                .contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem(field)).body("errors.message", hasItem(message));
    }
}
