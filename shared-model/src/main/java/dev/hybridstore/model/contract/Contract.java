package dev.hybridstore.model.contract;

import dev.hybridstore.model.event.DbBackupCompleted;
import dev.hybridstore.model.event.DbMigrationCompleted;
import dev.hybridstore.model.event.EmbeddingRequested;
import dev.hybridstore.model.event.OrderPlaced;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event contract as files, on the classpath under {@code contract/}: a JSON Schema (2020-12) per event and one for
 * the orders-dlq headers, and the AsyncAPI 3.0 document of every topic, which refers to the schemas as
 * {@code schemas/<name>.json}. core-api serves them; the tests hold the records and order-consumer to them. Loaded once:
 * they are a few kilobytes.
 */
public final class Contract {

    /** The schema of the orders-dlq headers (DlqHeaders, DlqReason). */
    public static final String DLQ_HEADERS = "orders-dlq-headers";
    /** Each event record's schema, by the name it is served under. */
    public static final Map<String, Class<? extends Record>> EVENTS = Map.of("order-placed", OrderPlaced.class,
            "embedding-requested", EmbeddingRequested.class, "db-migration-completed", DbMigrationCompleted.class,
            "db-backup-completed", DbBackupCompleted.class);

    private static final String ROOT = "contract/";
    private static final Map<String, byte[]> SCHEMAS = schemas();
    private static final byte[] ASYNCAPI = read(ROOT + "asyncapi.yaml");

    private Contract() {
    }

    /** Every schema's name: the events' and {@link #DLQ_HEADERS}. */
    public static Set<String> schemaNames() {
        return SCHEMAS.keySet();
    }

    /** A schema's JSON text, for a name of {@link #schemaNames()}. */
    public static Optional<byte[]> schema(String name) {
        return Optional.ofNullable(SCHEMAS.get(name));
    }

    /** The AsyncAPI document, YAML. */
    public static byte[] asyncApi() {
        return ASYNCAPI;
    }

    private static Map<String, byte[]> schemas() {
        Map<String, byte[]> schemas = new HashMap<>();
        EVENTS.keySet().forEach(name -> schemas.put(name, read(ROOT + "schemas/" + name + ".json")));
        schemas.put(DLQ_HEADERS, read(ROOT + "schemas/" + DLQ_HEADERS + ".json"));
        return Map.copyOf(schemas);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from shared-model's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
