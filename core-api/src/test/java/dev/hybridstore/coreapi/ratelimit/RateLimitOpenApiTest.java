package dev.hybridstore.coreapi.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** /q/openapi documents the 429 on the rate-limited operations, and only there, with the problem the filter answers. */
@QuarkusTest
class RateLimitOpenApiTest {

    private static final String PROBLEM = "content.'application/problem+json'";

    @Test
    void everyRateLimitedOperationDocumentsA429ProblemWithRetryAfter() {
        ValidatableResponse doc = openApi();
        for (String search : new String[] {"'/api/catalog/search'.get", "'/api/questions/search'.get", "'/api/search/{source}'.get",
                "'/api/stores/{storeId}/manuals/search'.get"}) {
            String r = "paths." + search + ".responses.'429'";
            doc.body(r + ".description", containsString("RATE_LIMIT_SEARCH_PER_MINUTE"))
                    .body(r + ".headers.'Retry-After'.schema.type", equalTo("integer"))
                    .body(r + "." + PROBLEM + ".schema.$ref", equalTo("#/components/schemas/Problem"))
                    .body(r + "." + PROBLEM + ".examples.'over the limit'.value.status", equalTo(429))
                    .body(r + "." + PROBLEM + ".examples.'over the limit'.value.limit", equalTo("search"))
                    .body(r + "." + PROBLEM + ".examples.'over the limit'.value.window_seconds", equalTo(60))
                    .body(r + "." + PROBLEM + ".examples.'over the limit'.value.detail",
                            equalTo("Over the search limit of 30 requests per 60 seconds for this client; retry after 17 s"));
        }
        for (String intake : new String[] {"'/api/orders'.post", "'/api/orders/batch'.post"}) {
            String r = "paths." + intake + ".responses.'429'";
            doc.body(r + ".description", containsString("RATE_LIMIT_ORDERS_PER_SECOND"))
                    .body(r + "." + PROBLEM + ".examples.'over the limit'.value.limit", equalTo("orders"))
                    .body(r + "." + PROBLEM + ".examples.'over the limit'.value.detail",
                            equalTo("Over the orders limit of 20 requests per second for this client; retry after 1 s"));
        }
    }

    @Test
    void unlimitedOperationsDoNotDocumentA429() {
        openApi().body("paths.'/api/users/{id}'.get.responses.'429'", nullValue())
                .body("paths.'/api/orders/{id}'.get.responses.'429'", nullValue())
                .body("paths.'/api/questions'.post.responses.'429'", nullValue());
    }

    @Test
    void theProblemSchemaNamesTheStandardMembersAndAllowsOwnOnes() {
        openApi().body("components.schemas.Problem.properties.keySet()", hasItems("type", "title", "status", "detail", "errors"))
                .body("components.schemas.Problem.required", hasItems("type", "title", "status"))
                .body("components.schemas.Problem.additionalProperties", equalTo(true))
                .body("components.schemas.Problem.properties.errors.items.properties.field", notNullValue())
                // problem answers declared by the resources get it too
                .body("paths.'/api/orders'.post.responses.'422'." + PROBLEM + ".schema.$ref", equalTo("#/components/schemas/Problem"));
    }

    @Test
    void pathTemplatesJoinClassAndMethodPaths() {
        assertThat(RateLimitOpenApi.path("/api/questions", "search")).isEqualTo("/api/questions/search");
        assertThat(RateLimitOpenApi.path("api/search/{source}/", "")).isEqualTo("/api/search/{source}");
        assertThat(RateLimitOpenApi.path("/api/x/{id: [0-9]+}", "/y/")).isEqualTo("/api/x/{id}/y");
    }

    private static ValidatableResponse openApi() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
    }
}
