package dev.hybridstore.coreapi.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The commerce, catalog, NAS and sheet-sync operations are documented with a tag per feature and examples on the main ones. */
@QuarkusTest
class OpenApiExamplesTest {

    @Test
    void documentsTheCommerceOperationsWithExamples() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("tags.name", hasItems("Users", "Products", "Stores", "Orders", "Reports", "Analytics"))
                .body("paths.'/api/users'.post.responses.'201'.content.'application/json'.examples.created", notNullValue())
                .body("paths.'/api/users/{id}'.get.responses.'200'.content.'application/json'.examples.user", notNullValue())
                .body("paths.'/api/orders'.post.requestBody.content.'application/json'.examples.order", notNullValue())
                .body("paths.'/api/orders'.post.responses.'422'.content.'application/problem+json'.examples", notNullValue())
                .body("paths.'/api/orders'.post.parameters.find { it.name == 'Idempotency-Key' }.in", equalTo("header"))
                .body("paths.'/api/orders'.post.description", containsString("**Retries.**"))
                .body("paths.'/api/orders'.post.responses.'503'.content.'application/problem+json'.examples.keySet()",
                        hasItems("refused", "unknown"))
                .body("paths.'/api/stores/{id}/reports/{date}/{category}'.get.responses.'200'.content.'application/json'.examples.sales",
                        notNullValue())
                .body("paths.'/api/stores/{id}/sales/comparison'.get.responses.'200'.content.'application/json'.examples.week",
                        notNullValue());
    }

    @Test
    void documentsTheMainCatalogOperationsWithExamples() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/catalog/projects'.post.requestBody.content.'application/json'.examples.project", notNullValue())
                .body("paths.'/api/catalog/projects'.post.responses.'201'.content.'application/json'.examples.created", notNullValue())
                .body("paths.'/api/catalog/projects'.post.responses.'409'.content.'application/problem+json'.examples.taken",
                        notNullValue())
                .body("paths.'/api/catalog/projects/{id}'.get.responses.'404'.content.'application/problem+json'.examples.missing",
                        notNullValue())
                .body("paths.'/api/catalog/trees'.post.requestBody.content.'application/json'.examples.tree", notNullValue());
    }

    @Test
    void documentsTheNasAndSheetSyncOperationsWithExamples() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("tags.name", hasItems("NAS", "Sheet sync"))
                .body("paths.'/api/catalog/nas-imports'.post.requestBody.content.'application/json'.examples.tree", notNullValue())
                .body("paths.'/api/catalog/nas-imports'.post.responses.'200'.content.'application/json'.examples.imported", notNullValue())
                .body("paths.'/api/catalog/nas-imports'.post.responses.'422'.content.'application/problem+json'.examples.repeated",
                        notNullValue())
                .body("paths.'/api/catalog/nas-files/{id}'.get.summary", equalTo("One nas file"))
                .body("paths.'/api/catalog/nas-files/{id}'.get.responses.'200'.content.'application/json'.examples.'nas file'",
                        notNullValue())
                .body("paths.'/api/catalog/nas-folders/{id}'.get.responses.'404'.content.'application/problem+json'.examples.missing",
                        notNullValue())
                .body("paths.'/api/catalog/nas-folders/{id}'.put", nullValue())
                .body("paths.'/api/catalog/nas-folders'.get.summary", containsString("keyset"))
                .body("paths.'/api/catalog/video-files/{id}/nas-file/{nasFileId}'.put.responses.'409'.content.'application/problem+json'"
                        + ".examples.taken", notNullValue())
                .body("paths.'/api/catalog/sheet-syncs/{sheetId}/tabs/{tab}'.put.requestBody.content.'application/json'.examples.report",
                        notNullValue())
                .body("paths.'/api/catalog/sheet-syncs/{sheetId}/tabs/{tab}'.get.responses.'200'.content.'application/json'.examples.sync",
                        notNullValue());
    }
}
