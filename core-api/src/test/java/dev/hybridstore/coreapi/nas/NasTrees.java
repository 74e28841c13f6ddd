package dev.hybridstore.coreapi.nas;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** NAS import bodies as a scanner sends them, and their import: what the NAS tests build their trees with. */
final class NasTrees {

    static final String SCANNED = "2025-01-09T04:00:00";
    static final String MTIME = "2024-07-04T23:00:00";

    private NasTrees() {
    }

    static ValidatableResponse importTree(Map<String, Object> tree) {
        return given().contentType(ContentType.JSON).body(tree).when().post("/api/catalog/nas-imports").then().statusCode(200)
                .body("root_id", notNullValue());
    }

    static Map<String, Object> tree(String root, List<Map<String, Object>> files, List<Map<String, Object>> folders) {
        return Map.of("path", root, "scanned_at", SCANNED, "files", files, "folders", folders);
    }

    static Map<String, Object> folder(String name, List<Map<String, Object>> files) {
        return Map.of("name", name, "files", files);
    }

    static Map<String, Object> file(String name, long size, String mtime) {
        Map<String, Object> file = new HashMap<>(Map.of("name", name, "size_bytes", size));
        if (mtime != null) {
            file.put("mtime", mtime);
        }
        return file;
    }
}
