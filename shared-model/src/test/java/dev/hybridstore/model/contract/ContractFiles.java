package dev.hybridstore.model.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.hybridstore.model.kafka.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The contract's documents as trees, and a validator for them. Formats are asserted (2020-12 leaves that to the
 * validator): "format": "date-time" is part of the contract, as order-consumer refuses 30 February.
 */
final class ContractFiles {

    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ContractFiles() {
    }

    static JsonNode schema(String name) {
        return read(Json.MAPPER, Contract.schema(name).orElseThrow(() -> new AssertionError("no schema " + name)));
    }

    static JsonNode asyncApi() {
        return read(YAML, Contract.asyncApi());
    }

    /** The errors of a JSON value against a schema, each as "keyword at location: message". */
    static List<String> errors(JsonNode schema, JsonNode value) {
        return REGISTRY.getSchema(schema.toString(), InputFormat.JSON).validate(value.toString(), InputFormat.JSON).stream()
                .map(ContractFiles::describe).toList();
    }

    private static String describe(Error e) {
        return e.getKeyword() + " at " + e.getInstanceLocation() + ": " + e.getMessage();
    }

    private static JsonNode read(ObjectMapper mapper, byte[] document) {
        try {
            return mapper.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
