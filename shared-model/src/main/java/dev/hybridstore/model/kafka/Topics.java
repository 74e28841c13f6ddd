package dev.hybridstore.model.kafka;

/** Topic names, shared by producers and consumers. docs/events.md documents each topic's messages. */
public final class Topics {

    /** OrderPlaced events, keyed by order_id; 9 partitions (seed 003's 9 consumers). */
    public static final String ORDERS = "orders";
    /** Orders that could not be stored; the reason travels in the headers. */
    public static final String ORDERS_DLQ = "orders-dlq";
    /** EmbeddingRequested events, keyed by source:key. */
    public static final String EMBEDDING_REQUESTS = "embedding-requests";
    /** DB_MIGRATION_COMPLETED and DB_BACKUP_COMPLETED events. */
    public static final String DB_EVENTS = "db-events";

    public static final int ORDERS_PARTITIONS = 9;

    private Topics() {
    }
}
