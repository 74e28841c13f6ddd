package dev.hybridstore.model.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hybridstore.model.kafka.DlqHeaders;
import dev.hybridstore.model.kafka.DlqReason;
import dev.hybridstore.model.kafka.EventInstant;
import dev.hybridstore.model.kafka.Json;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas and the Java records cannot drift apart: the same property names (as Jackson writes the record), the same
 * required set, JSON types and nullability, and each Bean Validation constraint of a record with its schema keyword.
 */
class ContractDriftTest {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE = new PropertyNamingStrategies.SnakeCaseStrategy();

    static Set<String> events() {
        return Contract.EVENTS.keySet();
    }

    @ParameterizedTest
    @MethodSource("events")
    void theSchemaNamesWhatJacksonWritesForTheRecord(String name) throws Exception {
        JsonNode schema = ContractFiles.schema(name);
        // The full example, read as consumers read events and written back as producers write them.
        Record sample = Json.EVENTS.treeToValue(schema.path("examples").get(0), Contract.EVENTS.get(name));
        JsonNode written = Json.MAPPER.valueToTree(sample);

        assertThat(names(written)).isEqualTo(names(schema.path("properties")));
        ObjectNode given = ((ObjectNode) written).deepCopy();
        written.properties().stream().filter(e -> e.getValue().isNull()).forEach(e -> given.remove(e.getKey()));
        // compared as text: Jackson writes a long 412 as a LongNode, reads it back as an IntNode
        assertThat(Json.MAPPER.readTree(given.toString())).isEqualTo(schema.path("examples").get(0));
    }

    @ParameterizedTest
    @MethodSource("events")
    void requiredTypesAndConstraintsMatchTheRecordComponents(String name) throws Exception {
        JsonNode schema = ContractFiles.schema(name);
        Class<? extends Record> event = Contract.EVENTS.get(name);
        Set<String> required = new HashSet<>();
        for (RecordComponent component : event.getRecordComponents()) {
            String property = SNAKE_CASE.translate(component.getName());
            JsonNode p = property(schema, property);
            // Bean Validation's annotations do not target record components: javac puts them on the accessor.
            Method accessor = component.getAccessor();
            boolean mandatory = component.getType().isPrimitive() || accessor.isAnnotationPresent(NotNull.class)
                    || accessor.isAnnotationPresent(NotBlank.class);
            if (mandatory) {
                required.add(property);
            }
            List<String> types = types(p);
            assertThat(types).as(property).contains(jsonType(component.getType()));
            assertThat(types.contains("null")).as("%s nullable", property).isEqualTo(!mandatory);
            constraints(accessor, p, property);
            if (component.getType() == Instant.class) {
                assertThat(p.path("format").asText()).isEqualTo("date-time");
                assertThat(p.path("pattern").asText()).as(property).isEqualTo(EventInstant.PATTERN);
            }
            if (accessor.isAnnotationPresent(NotBlank.class)) {
                for (String blank : List.of("", "  ", "\t")) {
                    assertThat(ContractFiles.errors(schema, withProperty(schema, property, blank))).as("%s '%s'", property, blank)
                            .isNotEmpty();
                }
            }
        }
        assertThat(names(schema.path("required"))).isEqualTo(required);
        assertThat(property(schema, "schema_version").path("const").asInt()).isEqualTo(event.getField("SCHEMA_VERSION").getInt(null));
        if (schema.path("properties").has("type")) {
            assertThat(property(schema, "type").path("const").asText()).isEqualTo(event.getField("TYPE").get(null));
        }
    }

    @Test
    void theDeadLetterHeadersSchemaNamesEveryHeaderAndReason() throws Exception {
        JsonNode schema = ContractFiles.schema(Contract.DLQ_HEADERS);
        Set<String> headers = new HashSet<>();
        for (Field f : DlqHeaders.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                headers.add((String) f.get(null));
            }
        }
        assertThat(names(schema.path("properties"))).isEqualTo(headers);
        Set<String> required = new HashSet<>(headers);
        required.remove(DlqHeaders.REPLAY_COUNT);
        assertThat(names(schema.path("required"))).isEqualTo(required);
        assertThat(StreamSupport.stream(schema.path("properties").path(DlqHeaders.REASON).path("enum").spliterator(), false)
                .map(JsonNode::asText).toList()).isEqualTo(Arrays.stream(DlqReason.values()).map(DlqReason::header).toList());
    }

    private static void constraints(Method c, JsonNode p, String property) {
        Size size = c.getAnnotation(Size.class);
        if (size != null) {
            assertThat(p.path("maxLength").asInt()).as("%s maxLength", property).isEqualTo(size.max());
        }
        Pattern pattern = c.getAnnotation(Pattern.class);
        if (pattern != null) {
            assertThat(p.path("pattern").asText()).as("%s pattern", property).isEqualTo("^" + pattern.regexp() + "$");
        }
        Long minimum = c.isAnnotationPresent(Positive.class) ? Long.valueOf(1)
                : c.isAnnotationPresent(PositiveOrZero.class) ? Long.valueOf(0)
                : c.isAnnotationPresent(Min.class) ? Long.valueOf(c.getAnnotation(Min.class).value()) : null;
        if (minimum != null) {
            long lowest = p.has("const") ? p.path("const").asLong() : p.path("minimum").asLong(Long.MIN_VALUE);
            assertThat(lowest).as("%s minimum", property).isGreaterThanOrEqualTo(minimum);
            assertThat(p.has("const") || p.has("minimum")).as("%s minimum", property).isTrue();
        }
    }

    /** A property's schema with its local $ref ("#/$defs/...") merged in. */
    private static JsonNode property(JsonNode schema, String name) {
        JsonNode p = schema.path("properties").path(name);
        assertThat(p.isObject()).as("property %s", name).isTrue();
        if (!p.has("$ref")) {
            return p;
        }
        ObjectNode merged = ((ObjectNode) schema.at(p.get("$ref").asText().substring(1))).deepCopy();
        merged.setAll((ObjectNode) p);
        return merged;
    }

    private static ObjectNode withProperty(JsonNode schema, String property, String value) {
        ObjectNode example = schema.path("examples").get(0).deepCopy();
        return example.put(property, value);
    }

    private static List<String> types(JsonNode property) {
        JsonNode type = property.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    private static String jsonType(Class<?> type) {
        Map<Class<?>, String> json = Map.of(int.class, "integer", Integer.class, "integer", long.class, "integer", Long.class, "integer",
                double.class, "number", boolean.class, "boolean", String.class, "string", Instant.class, "string");
        assertThat(json).as("JSON type of %s", type).containsKey(type);
        return json.get(type);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
