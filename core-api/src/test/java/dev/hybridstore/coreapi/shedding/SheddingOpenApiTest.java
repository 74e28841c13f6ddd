package dev.hybridstore.coreapi.shedding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** /q/openapi documents the shed request's 503 on every operation load shedding can refuse. */
@QuarkusTest
class SheddingOpenApiTest {

    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Test
    void everyOperationButThoseUnderQDocumentsTheOverloaded503() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> shed = new ArrayList<>();
        List<String> notShed = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((verb, operation) -> {
            if (VERBS.contains(verb)) {
                (overloadedExample(operation).contains("overloaded") ? shed : notShed).add(verb + " " + path);
            }
        }));
        assertThat(shed).hasSizeGreaterThan(50).contains("get /api/users/{id}", "post /api/orders", "get /api/catalog/search")
                .allMatch(operation -> !operation.contains(" /q/"));
        assertThat(notShed).as("operations without the overloaded 503").isNotEmpty().allMatch(operation -> operation.contains(" /q/"));
    }

    @Test
    void theOverloaded503IsAProblemWithRetryAfterBesideAnOperationsOwn503s() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/users/{id}'.get.responses.'503'.description", containsString("LOAD_SHEDDING_ENABLED"))
                .body("paths.'/api/users/{id}'.get.responses.'503'.headers.'Retry-After'.schema.type", equalTo("integer"))
                .body("paths.'/api/users/{id}'.get.responses.'503'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/users/{id}'.get.responses.'503'.content.'application/problem+json'.examples.overloaded.value.status",
                        equalTo(503))
                .body("paths.'/api/users/{id}'.get.responses.'503'.content.'application/problem+json'.examples.overloaded.value.title",
                        equalTo("Service Unavailable"))
                .body("paths.'/api/orders'.post.responses.'503'.content.'application/problem+json'.examples.keySet()",
                        hasItems("refused", "unknown", "overloaded"))
                .body("paths.'/api/orders'.post.responses.'503'.description", containsString("refused or may still be stored"))
                .body("paths.'/api/orders'.post.responses.'503'.description", containsString("LOAD_SHEDDING_ENABLED"));
    }

    /** The detail of the 503's "overloaded" example, or "" when the operation has none. */
    private static String overloadedExample(Object operation) {
        Object node = operation;
        for (String key : List.of("responses", "503", "content", "application/problem+json", "examples", "overloaded", "value", "detail")) {
            node = node instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return node == null ? "" : node.toString();
    }
}
