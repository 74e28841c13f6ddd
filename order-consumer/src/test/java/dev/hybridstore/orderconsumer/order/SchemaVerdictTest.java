package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.hybridstore.model.contract.Contract;
import dev.hybridstore.model.kafka.DlqHeaders;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.orderconsumer.order.SchemaCases.Case;
import dev.hybridstore.testsupport.RealServices;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * The consumer's verdict equals the schema's: events generated from the OrderPlaced schema go through the orders topic,
 * and exactly the ones the schema accepts are stored, the others reach orders-dlq with a schema reason, a detail naming
 * the property the schema refused, and headers valid against the orders-dlq headers schema. Every user and product the
 * events name exists (unknown references are OrderConsumerTest's), so the schema alone decides.
 */
@QuarkusTest
class SchemaVerdictTest extends OwnOrderRows {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Set<String> SCHEMA_REASONS = Set.of("invalid", "unparseable");

    SchemaVerdictTest() {
        super("VRD");
    }

    @Test
    void storesExactlyTheGeneratedOrdersTheSchemaAcceptsAndDeadLettersTheRestWithTheirReason() throws Exception {
        JsonNode schema = Json.MAPPER.readTree(Contract.schema("order-placed").orElseThrow());
        Schema orderPlaced = REGISTRY.getSchema(schema.toString(), InputFormat.JSON);
        Schema dlqHeaders = REGISTRY.getSchema(new String(Contract.schema(Contract.DLQ_HEADERS).orElseThrow(), StandardCharsets.UTF_8),
                InputFormat.JSON);
        ObjectNode valid = ((ObjectNode) schema.path("examples").get(0).deepCopy())
                .put("user_id", ids.prefix() + "_user").put("product_id", ids.prefix() + "_product");
        List<Case> cases = SchemaCases.of(schema, valid, "order_id", ids::next);

        Map<String, Case> accepted = new LinkedHashMap<>();
        Map<String, Case> refused = new LinkedHashMap<>();
        Map<String, List<Error>> errors = new HashMap<>();
        for (Case c : cases) {
            List<Error> found = orderPlaced.validate(c.json(), InputFormat.JSON);
            errors.put(c.key(), found);
            (found.isEmpty() ? accepted : refused).put(c.key(), c);
        }
        // The cases reach every kind of rule of the schema, on both sides of it.
        assertThat(refused.values().stream().flatMap(c -> errors.get(c.key()).stream()).map(Error::getKeyword).collect(Collectors.toSet()))
                .contains("required", "type", "minimum", "maximum", "const", "maxLength", "pattern", "not", "format");
        assertThat(accepted).hasSizeGreaterThan(40);
        createReferences(accepted.values());

        try (DeadLetterReader dlq = new DeadLetterReader(RealServices.endpoints().kafkaBootstrap())) {
            cases.forEach(c -> events.send(null, c.key(), c.json()));

            Map<String, ConsumerRecord<byte[], byte[]>> letters = dlq.awaitKeys(refused.keySet());
            for (Case c : refused.values()) {
                ConsumerRecord<byte[], byte[]> letter = letters.get(c.key());
                String described = c.json() + " " + errors.get(c.key());
                assertThat(DeadLetterReader.header(letter, DlqHeaders.REASON)).as(described).isIn(SCHEMA_REASONS);
                if (c.property() != null) {
                    assertThat(DeadLetterReader.header(letter, DlqHeaders.DETAIL)).as(described).startsWith(c.property() + ":");
                }
                assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo(c.json());
                assertThat(dlqHeaders.validate(headers(letter).toString(), InputFormat.JSON)).as(described).isEmpty();
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> commerce.countOrders(ids.prefix())[0] >= accepted.size());
            for (Case c : accepted.values()) {
                String orderId = Json.MAPPER.readTree(c.json()).path("order_id").asText();
                assertThat(commerce.order(orderId)).as(c.json()).isPresent();
                assertThat(letters).as("dead letter for valid %s", c.json()).doesNotContainKey(c.key());
            }
            assertThat(commerce.countOrders(ids.prefix())).containsExactly(accepted.size(), accepted.size());
        }
    }

    /** The users and products the accepted events name: the valid event's own, and the variants the cases made. */
    private void createReferences(Iterable<Case> accepted) throws Exception {
        Set<String> users = new TreeSet<>();
        Set<String> products = new TreeSet<>();
        for (Case c : accepted) {
            JsonNode event = Json.MAPPER.readTree(c.json());
            users.add(event.path("user_id").asText());
            products.add(event.path("product_id").asText());
        }
        for (String user : users) {
            commerce.user(user, "F", 33, "서울");
        }
        for (String product : products) {
            commerce.product(product, "식품", 1000, store);
        }
    }

    private static ObjectNode headers(ConsumerRecord<byte[], byte[]> letter) {
        ObjectNode headers = Json.MAPPER.createObjectNode();
        for (Header h : letter.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
