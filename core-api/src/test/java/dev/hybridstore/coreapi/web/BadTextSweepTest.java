package dev.hybridstore.coreapi.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.hybridstore.coreapi.admin.AdminProfiles;
import dev.hybridstore.testsupport.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every operation of the live OpenAPI document, admin ones included, swept with bad text: each path and query parameter
 * holding NUL, another C0 control, or a malformed escape, and each string field of each JSON body holding NUL or
 * another C0 control. Every answer must be a 400 problem; control characters must be named (the parameter, or the
 * field's JSON path). New operations are swept as soon as they are documented: there is no list of endpoints here.
 */
@QuarkusTest
@TestProfile(AdminProfiles.Enabled.class)
class BadTextSweepTest {

    /** Percent-encoded as sent in a URI, and whether the answer must name the parameter. */
    private static final Map<String, Boolean> PARAM_VALUES = Map.of("%00", true, "%01", true, "%zz", false, "%e0%80", false);
    private static final List<String> FIELD_VALUES = List.of("\u0000", "\u001f");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Map<String, String> HEADERS = Map.of("Authorization", "Bearer " + AdminProfiles.TOKEN,
            "Content-Type", "application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Static: the records below resolve $refs in it. */
    private static JsonNode document;

    @BeforeEach
    void readTheDocument() throws Exception {
        document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    /** Each bad value in each path or query parameter (as {@code in} says) of every documented operation. */
    @ParameterizedTest
    @ValueSource(strings = {"path", "query"})
    void everyParameterRefusesBadTextNamingIt(String in) {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : operations()) {
            for (JsonNode parameter : op.parameters(in)) {
                for (Map.Entry<String, Boolean> value : PARAM_VALUES.entrySet()) {
                    String name = parameter.path("name").asText();
                    String target = in.equals("path") ? op.target(name, value.getKey())
                            : op.target(null, null) + "?" + name + "=" + value.getKey();
                    check(op.method(), target, op.hasBody() ? "{}" : null, value.getValue() ? name : null, failures);
                    sent++;
                }
            }
        }
        assertThat(sent).as(in + " parameters swept").isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyStringFieldOfEveryJsonBodyRefusesControlCharactersNamingIt() throws Exception {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : operations()) {
            if (!op.hasBody()) {
                continue;
            }
            for (String value : FIELD_VALUES) {
                for (Leaf leaf : leaves(op.node().at("/requestBody/content/application~1json/schema"), TextNode.valueOf(value), 0)) {
                    check(op.method(), op.target(null, null), JSON.writeValueAsString(leaf.body()), leaf.field(), failures);
                    sent++;
                }
            }
        }
        assertThat(sent).as("body fields swept").isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    /** Sends one request; a wrong answer is recorded, so one run reports every operation that fails. */
    private static void check(String method, String target, String body, String named, List<String> failures) {
        RawHttp.Answer answer = RawHttp.send(method.toUpperCase(), target, HEADERS, body);
        boolean ok = answer.status() == 400 && "application/problem+json".equals(answer.header("Content-Type"))
                && answer.json().path("status").asInt() == 400
                && (named == null || StreamSupport.stream(answer.json().path("errors").spliterator(), false)
                        .anyMatch(e -> named.equals(e.path("field").asText())));
        if (!ok) {
            failures.add(method.toUpperCase() + " " + target + (body == null ? "" : " " + body)
                    + (named == null ? "" : " (must name " + named + ")") + " -> " + answer);
        }
    }

    private List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                ops.add(new Operation(path.getKey(), op.getKey(), op.getValue()));
            }
        }));
        assertThat(ops).as("operations in the OpenAPI document").hasSizeGreaterThan(50);
        return ops;
    }

    private record Operation(String path, String method, JsonNode node) {

        List<JsonNode> parameters(String in) {
            return StreamSupport.stream(node.path("parameters").spliterator(), false).filter(p -> in.equals(p.path("in").asText())).toList();
        }

        boolean hasBody() {
            return node.at("/requestBody/content/application~1json").isObject();
        }

        /** The path with {@code value} (already encoded) for parameter {@code name} and a well-formed value for the others. */
        String target(String name, String value) {
            String target = path;
            for (JsonNode p : parameters("path")) {
                String param = p.path("name").asText();
                target = target.replace("{" + param + "}", param.equals(name) ? value : validValue(p.path("schema")));
            }
            return target;
        }

        private String validValue(JsonNode schema) {
            JsonNode resolved = resolve(schema);
            if (resolved.has("enum")) {
                return resolved.path("enum").get(0).asText();
            }
            return switch (resolved.path("format").asText(resolved.path("type").asText())) {
                case "integer", "int32", "int64", "number" -> "1";
                case "uuid" -> "00000000-0000-0000-0000-000000000001";
                case "date" -> "2025-01-09";
                default -> "X1";
            };
        }
    }

    /** A JSON body holding {@code value} at one string field, and that field's path as problem bodies name it. */
    private record Leaf(String field, JsonNode body) {
    }

    private List<Leaf> leaves(JsonNode schema, JsonNode value, int depth) {
        JsonNode resolved = resolve(schema);
        List<Leaf> out = new ArrayList<>();
        if (depth > 6) {
            return out;
        }
        if ("string".equals(resolved.path("type").asText()) || resolved.isObject() && resolved.isEmpty()) { // {}: untyped, a string is one of its values
            out.add(new Leaf("", value));
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            for (Leaf leaf : leaves(property.getValue(), value, depth + 1)) {
                out.add(new Leaf(property.getKey() + (leaf.field().isEmpty() || leaf.field().startsWith("[") ? "" : ".") + leaf.field(),
                        object(property.getKey(), leaf.body())));
            }
        }
        if (resolved.path("additionalProperties").isObject()) {
            for (Leaf leaf : leaves(resolved.path("additionalProperties"), value, depth + 1)) {
                out.add(new Leaf("key" + (leaf.field().isEmpty() ? "" : ".") + leaf.field(), object("key", leaf.body())));
            }
        }
        if (resolved.has("items")) {
            for (Leaf leaf : leaves(resolved.path("items"), value, depth + 1)) {
                out.add(new Leaf("[0]" + (leaf.field().isEmpty() || leaf.field().startsWith("[") ? "" : ".") + leaf.field(),
                        JsonNodeFactory.instance.arrayNode().add(leaf.body())));
            }
        }
        return out;
    }

    private static ObjectNode object(String name, JsonNode value) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set(name, value);
        return node;
    }

    /** Follows {@code $ref: #/components/schemas/X} within the document. */
    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : document.at(ref.substring(1));
    }
}
