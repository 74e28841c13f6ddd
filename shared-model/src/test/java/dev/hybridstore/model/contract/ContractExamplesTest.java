package dev.hybridstore.model.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.hybridstore.model.kafka.Topics;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every example of the contract is valid against its schema, and the AsyncAPI document covers every topic. */
class ContractExamplesTest {

    private static final String SCHEMA_REF = "schemas/";

    @Test
    void everySchemaExampleValidatesAgainstItsSchema() {
        assertThat(Contract.schemaNames()).containsExactlyInAnyOrder("order-placed", "embedding-requested", "db-migration-completed",
                "db-backup-completed", Contract.DLQ_HEADERS);
        for (String name : Contract.schemaNames()) {
            JsonNode schema = ContractFiles.schema(name);
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("examples")).as(name).isNotEmpty();
            for (JsonNode example : schema.path("examples")) {
                assertThat(ContractFiles.errors(schema, example)).as("%s example %s", name, example).isEmpty();
            }
        }
    }

    @Test
    void everyAsyncApiMessageExampleValidatesItsPayloadHeadersAndKey() {
        JsonNode messages = ContractFiles.asyncApi().path("components").path("messages");
        for (Map.Entry<String, JsonNode> message : messages.properties()) {
            JsonNode payload = schemaOf(message.getValue().path("payload"));
            JsonNode headers = schemaOf(message.getValue().path("headers"));
            if (message.getValue().path("contentType").asText().equals("application/json")) {
                assertThat(payload).as(message.getKey() + " payload schema").isNotNull();
            }
            assertThat(message.getValue().path("examples")).as(message.getKey()).isNotEmpty();
            for (JsonNode example : message.getValue().path("examples")) {
                String name = message.getKey() + " example " + example.path("name").asText();
                if (payload != null) {
                    assertThat(ContractFiles.errors(payload, example.path("payload"))).as(name).isEmpty();
                }
                if (headers != null) {
                    JsonNode given = example.has("headers") ? example.get("headers") : JsonNodeFactory.instance.objectNode();
                    assertThat(ContractFiles.errors(headers, given)).as(name + " headers").isEmpty();
                }
            }
            JsonNode key = message.getValue().path("bindings").path("kafka").path("key");
            for (JsonNode example : key.path("examples")) {
                assertThat(ContractFiles.errors(key, example)).as(message.getKey() + " key " + example).isEmpty();
            }
        }
    }

    @Test
    void theAsyncApiDocumentHasAChannelForEveryTopicAndNamesOnlySchemasThatExist() throws Exception {
        JsonNode document = ContractFiles.asyncApi();
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        Set<String> addresses = new HashSet<>();
        for (JsonNode channel : document.path("channels")) {
            addresses.add(channel.path("address").asText());
            assertThat(channel.path("bindings").path("kafka").path("topic").asText()).isEqualTo(channel.path("address").asText());
        }
        assertThat(addresses).isEqualTo(topics());
        assertThat(document.path("channels").path("orders").path("bindings").path("kafka").path("partitions").asInt())
                .isEqualTo(Topics.ORDERS_PARTITIONS);
        List<String> refs = new ArrayList<>();
        document.findValues("$ref").forEach(ref -> refs.add(ref.asText()));
        refs.stream().filter(ref -> ref.startsWith(SCHEMA_REF)).forEach(ref -> assertThat(Contract.schemaNames())
                .as(ref).contains(ref.substring(SCHEMA_REF.length(), ref.length() - ".json".length())));
        refs.stream().filter(ref -> ref.startsWith("#/")).forEach(ref -> assertThat(document.at(ref.substring(1)).isMissingNode())
                .as(ref).isFalse());
    }

    /** An inline schema, or the contract schema a multi-format payload or a headers $ref names; null for none. */
    private static JsonNode schemaOf(JsonNode node) {
        JsonNode schema = node.has("schemaFormat") ? node.path("schema") : node;
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith(SCHEMA_REF)) {
            return ContractFiles.schema(ref.substring(SCHEMA_REF.length(), ref.length() - ".json".length()));
        }
        return schema.has("type") ? schema : null;
    }

    private static Set<String> topics() throws IllegalAccessException {
        Set<String> topics = new HashSet<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                topics.add((String) f.get(null));
            }
        }
        return topics;
    }
}
