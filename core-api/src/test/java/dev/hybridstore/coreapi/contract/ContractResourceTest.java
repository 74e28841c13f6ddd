package dev.hybridstore.coreapi.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.hybridstore.model.contract.Contract;
import dev.hybridstore.platform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The event contract is served: the AsyncAPI document as YAML, and every schema it refers to beside it. */
@QuarkusTest
class ContractResourceTest {

    @Test
    void servesTheAsyncApiDocumentAsYaml() {
        Response response = given().when().get("/q/asyncapi");

        response.then().statusCode(200).contentType(ContractResource.YAML);
        assertThat(response.asByteArray()).isEqualTo(Contract.asyncApi());
        assertThat(response.asString()).startsWith("asyncapi: 3.0.0\n").contains("address: orders-dlq");
    }

    @Test
    void servesEverySchemaTheAsyncApiDocumentRefersToAtItsRelativePath() {
        List<String> refs = new ArrayList<>();
        Matcher m = Pattern.compile("\\$ref: '(schemas/[a-z-]+\\.json)'").matcher(new String(Contract.asyncApi(), StandardCharsets.UTF_8));
        while (m.find()) {
            refs.add(m.group(1));
        }
        assertThat(refs).hasSizeGreaterThanOrEqualTo(Contract.schemaNames().size());
        for (String ref : refs) {
            // relative to /q/asyncapi, as a client resolving the document's references would fetch it
            Response response = given().when().get("/q/" + ref);
            response.then().statusCode(200).contentType(ContractResource.SCHEMA_JSON)
                    .body("'$schema'", equalTo("https://json-schema.org/draft/2020-12/schema"));
            String name = ref.substring("schemas/".length(), ref.length() - ".json".length());
            assertThat(response.asByteArray()).as(ref).isEqualTo(Contract.schema(name).orElseThrow());
        }
    }

    @Test
    void servesASchemaToAClientThatAsksForPlainJson() {
        given().accept("application/json").when().get("/q/schemas/order-placed.json").then().statusCode(200)
                .body("title", equalTo("OrderPlaced")).body("required[0]", equalTo("schema_version"));
    }

    @Test
    void anUnknownSchemaIsA404Problem() {
        given().when().get("/q/schemas/order-shipped.json").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404)).body("detail", equalTo("Schema 'order-shipped' does not exist"));
        given().when().get("/q/schemas/..%2Fasyncapi.json").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }
}
