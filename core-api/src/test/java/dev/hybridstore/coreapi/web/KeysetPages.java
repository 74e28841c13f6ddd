package dev.hybridstore.coreapi.web;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A list endpoint read as a client reads it: page after page, each asked for after the previous one's next_after, until that is null. */
public final class KeysetPages {

    private KeysetPages() {
    }

    /** Every page of the listing with these query parameters, each answered 200. */
    public static List<JsonPath> walk(String path, Map<String, ?> query) {
        List<JsonPath> pages = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParams(query);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get(path).then().statusCode(200).extract().jsonPath();
            pages.add(page);
            after = page.getString("next_after");
        } while (after != null);
        return pages;
    }

    /** The given field of every item, page after page. */
    public static <T> List<T> items(List<JsonPath> pages, String field, Class<T> type) {
        return pages.stream().flatMap(page -> page.getList("items." + field, type).stream()).toList();
    }
}
