package dev.hybridstore.orderconsumer.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Events made from an event's JSON Schema and a valid event: each property in turn removed, null, of every other JSON
 * type, at and past each bound of the schema, and text with the characters ids and labels trip over; instants in and
 * out of the contract's form and range; and values that are not objects. Whether each case is valid is for the schema
 * to say: the cases only have to cover its keywords.
 */
final class SchemaCases {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> SUFFIXES = List.of(" ", "\t", "\n", "\u0000", "\u0001", "\u001f", "\u007f", "é", "한", "/", ":", ".", "-", "_");
    private static final List<String> INSTANTS = List.of("1970-01-01T00:00:00Z", "2024-02-29T23:59:59.123456789+09:00",
            "2025-01-09T03:12:45.120Z", "9998-12-31T23:59:59-18:00", "1969-12-31T23:59:59Z", "9999-01-01T00:00:00Z",
            "+20000-01-01T00:00:00Z", "2025-02-30T03:12:45Z", "2023-02-29T03:12:45Z", "2025-01-09T24:00:00Z",
            "2016-12-31T23:59:60Z", "2025-01-09T03:12Z", "2025-01-09T03:12:45", "2025-01-09 03:12:45Z", "2025-01-09",
            "2025-01-09T03:12:45.1234567891Z", "2025-01-09T03:12:45+19:00", "2025-01-09T03:12:45+0900", " 2025-01-09T03:12:45Z", "");

    /** One event to send: the property it is about (null for the whole value), its key, and its JSON text. */
    record Case(String property, String key, String json) {
    }

    private SchemaCases() {
    }

    /**
     * @param valid a valid event; each case starts from a copy of it
     * @param idProperty the property that must be unique per case (it gets a fresh id, and the key is that id)
     */
    static List<Case> of(JsonNode schema, ObjectNode valid, String idProperty, Supplier<String> ids) {
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : schema.path("properties").properties()) {
            String property = entry.getKey();
            JsonNode rule = resolved(schema, entry.getValue());
            int probes = probes(rule, "").size();
            for (int i = 0; i < probes; i++) {
                String id = ids.get();
                ObjectNode event = valid.deepCopy().put(idProperty, id);
                JsonNode probe = probes(rule, property.equals(idProperty) ? id : valid.path(property).asText()).get(i);
                if (probe == null) {
                    event.remove(property);
                } else {
                    event.set(property, probe);
                }
                cases.add(new Case(property, id, event.toString()));
            }
        }
        for (String notAnObject : List.of("[]", "\"text\"", "42", "null")) {
            cases.add(new Case(null, ids.get(), notAnObject));
        }
        return cases;
    }

    /** Values to try for a property (null: leave it out); text is made from the valid value, seed. */
    private static List<JsonNode> probes(JsonNode rule, String seed) {
        List<JsonNode> probes = new ArrayList<>();
        probes.add(null);
        probes.addAll(List.of(JSON.nullNode(), JSON.textNode(seed.isEmpty() ? "text" : seed), JSON.numberNode(7), JSON.numberNode(2.5),
                JSON.numberNode(2.0), JSON.booleanNode(true), JSON.objectNode(), JSON.arrayNode()));
        for (String bound : List.of("minimum", "maximum", "const")) {
            if (rule.path(bound).isIntegralNumber()) {
                long value = rule.path(bound).asLong();
                probes.addAll(List.of(JSON.numberNode(value), JSON.numberNode(value - 1), JSON.numberNode(value + 1),
                        JSON.numberNode((double) value)));
            }
        }
        if (rule.has("maxLength")) {
            int max = rule.path("maxLength").asInt();
            probes.addAll(List.of(JSON.textNode(pad(seed, max)), JSON.textNode(pad(seed, max + 1))));
        }
        if (rule.has("pattern") || rule.has("not")) {
            probes.addAll(List.of(JSON.textNode(""), JSON.textNode(" "), JSON.textNode("\t")));
            SUFFIXES.forEach(s -> probes.add(JSON.textNode(seed + s)));
        }
        if ("date-time".equals(rule.path("format").asText())) {
            INSTANTS.forEach(instant -> probes.add(JSON.textNode(instant)));
            probes.add(JSON.numberNode(1736392365L));
        }
        return probes;
    }

    private static String pad(String seed, int length) {
        return (seed + "x".repeat(Math.max(0, length))).substring(0, length);
    }

    /** A property's rule with its local $ref ("#/$defs/...") merged in. */
    private static JsonNode resolved(JsonNode schema, JsonNode rule) {
        if (!rule.has("$ref")) {
            return rule;
        }
        ObjectNode merged = ((ObjectNode) schema.at(rule.get("$ref").asText().substring(1))).deepCopy();
        merged.setAll((ObjectNode) rule);
        return merged;
    }
}
