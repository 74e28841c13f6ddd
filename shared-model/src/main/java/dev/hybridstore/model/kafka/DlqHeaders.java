package dev.hybridstore.model.kafka;

/** The headers of an orders-dlq record (docs/events.md); key and value are the original record's, untouched. */
public final class DlqHeaders {

    /** A {@link DlqReason} header value. */
    public static final String REASON = "dlq-reason";
    public static final String DETAIL = "dlq-detail";
    public static final String SOURCE_TOPIC = "dlq-source-topic";
    public static final String SOURCE_PARTITION = "dlq-source-partition";
    public static final String SOURCE_OFFSET = "dlq-source-offset";
    /**
     * How often the record was put back on orders (decimal; absent = never). The replay sets it on orders, and the
     * consumer carries it over when the record fails again, so a record that keeps failing stops at the replay's limit.
     */
    public static final String REPLAY_COUNT = "dlq-replay-count";

    private DlqHeaders() {
    }
}
