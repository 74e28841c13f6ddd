package dev.hybridstore.coreapi.nas;

import static dev.hybridstore.coreapi.nas.NasTrees.MTIME;
import static dev.hybridstore.coreapi.nas.NasTrees.file;
import static dev.hybridstore.coreapi.nas.NasTrees.importTree;
import static dev.hybridstore.coreapi.nas.NasTrees.tree;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
class NasLinkTest {

    @RegisterExtension
    static final OwnIds ROOTS = NasRows.tagged("NASLNK");

    @Test
    void aVideoFileIsLinkedToItsNasFileReadAndUnlinked() {
        String root = "/" + ROOTS.next();
        String nasFile = nasFile(root, "a.mp4");
        String video = video(root + "/a.mp4");

        given().when().put("/api/catalog/video-files/{id}/nas-file/{nasFileId}", video, nasFile).then().statusCode(204);
        given().when().put("/api/catalog/video-files/{id}/nas-file/{nasFileId}", video, nasFile).then().statusCode(204);
        given().when().get("/api/catalog/video-files/{id}/nas-file", video).then().statusCode(200)
                .body("id", equalTo(nasFile)).body("file_path", equalTo(root + "/a.mp4"));
        given().when().get("/api/catalog/video-files/{id}", video).then().body("nas_file_id", equalTo(nasFile));

        given().when().delete("/api/catalog/video-files/{id}/nas-file", video).then().statusCode(204);
        given().when().get("/api/catalog/video-files/{id}/nas-file", video).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("Video file '" + video + "' has no NAS file"));
        given().when().delete("/api/catalog/video-files/{id}/nas-file", video).then().statusCode(404);
    }

    @Test
    void aNasFileBacksOneLiveVideoFile() {
        String root = "/" + ROOTS.next();
        String nasFile = nasFile(root, "a.mp4");
        String first = video(root + "/a.mp4");
        String second = video(root + "/a-copy.mp4");
        given().when().put("/api/catalog/video-files/{id}/nas-file/{nasFileId}", first, nasFile).then().statusCode(204);

        given().when().put("/api/catalog/video-files/{id}/nas-file/{nasFileId}", second, nasFile).then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE).body("detail", equalTo("NAS file '" + nasFile + "' already backs video file '" + first + "'"))
                .body("video_file_id", equalTo(first));
        given().contentType(ContentType.JSON).body(Map.of("file_path", root + "/a-copy.mp4", "file_name", "a-copy.mp4", "nas_file_id", nasFile))
                .when().put("/api/catalog/video-files/{id}", second)
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE).body("detail", containsString("ix_video_files_nas_file_id_live"));

        given().when().delete("/api/catalog/video-files/{id}", first).then().statusCode(204);
        given().when().put("/api/catalog/video-files/{id}/nas-file/{nasFileId}", second, nasFile).then().statusCode(204);
    }

    @Test
    void aMissingVideoFileOrNasFileIsNotFound() {
        String root = "/" + ROOTS.next();
        String nasFile = nasFile(root, "a.mp4");
        String video = video(root + "/a.mp4");
        UUID unknown = UUID.randomUUID();

        given().when().put("/api/catalog/video-files/{id}/nas-file/{nasFileId}", unknown, nasFile).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("detail", equalTo("Video file '" + unknown + "' does not exist"));
        given().when().put("/api/catalog/video-files/{id}/nas-file/{nasFileId}", video, unknown).then().statusCode(404)
                .body("detail", equalTo("NAS file '" + unknown + "' does not exist"));
        given().when().get("/api/catalog/video-files/{id}/nas-file", unknown).then().statusCode(404);
        given().when().put("/api/catalog/video-files/{id}/nas-file/{nasFileId}", video, "not-a-uuid").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aGoneNasFileMarksItsVideoFileMissingUntilItIsBack() {
        String root = "/" + ROOTS.next();
        Map<String, Object> both = tree(root, List.of(file("a.mp4", 1, MTIME), file("b.mp4", 2, MTIME)), List.of());
        String rootId = importTree(both).extract().path("root_id");
        String nasFile = given().queryParam("folder_id", rootId).get("/api/catalog/nas-files").then().extract().path("items[0].id");
        String video = given().contentType(ContentType.JSON)
                .body(Map.of("file_path", root + "/a.mp4", "file_name", "a.mp4", "scan_status", "scanned", "nas_file_id", nasFile))
                .when().post("/api/catalog/video-files").then().statusCode(201).extract().path("id");

        importTree(tree(root, List.of(file("b.mp4", 2, MTIME)), List.of())).body("gone", equalTo(1));
        given().when().get("/api/catalog/video-files/{id}", video).then().body("scan_status", equalTo("missing"))
                .body("nas_file_id", equalTo(nasFile));
        given().when().get("/api/catalog/video-files/{id}/nas-file", video).then().statusCode(404)
                .body("detail", equalTo("NAS file '" + nasFile + "' does not exist"));

        importTree(both).body("added", equalTo(1));
        given().when().get("/api/catalog/video-files/{id}", video).then().body("scan_status", equalTo("scanned"));
        given().when().get("/api/catalog/video-files/{id}/nas-file", video).then().statusCode(200).body("id", equalTo(nasFile));
    }

    /** Imports a folder with one file; the file's id. */
    private static String nasFile(String root, String name) {
        String rootId = importTree(tree(root, List.of(file(name, 1, MTIME)), List.of())).extract().path("root_id");
        return given().queryParam("folder_id", rootId).get("/api/catalog/nas-files").then().extract().path("items[0].id");
    }

    private static String video(String path) {
        return given().contentType(ContentType.JSON).body(Map.of("file_path", path, "file_name", path.substring(path.lastIndexOf('/') + 1)))
                .when().post("/api/catalog/video-files").then().statusCode(201).extract().path("id");
    }
}
