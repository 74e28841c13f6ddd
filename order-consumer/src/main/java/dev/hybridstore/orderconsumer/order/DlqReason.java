package dev.hybridstore.orderconsumer.order;

/** Why a record went to orders-dlq; the header value is what operators filter on. */
public enum DlqReason {
    UNPARSEABLE("unparseable"),
    INVALID("invalid"),
    UNKNOWN_USER("unknown-user"),
    UNKNOWN_PRODUCT("unknown-product"),
    REJECTED_BY_DATABASE("rejected-by-database");

    private final String header;

    DlqReason(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }
}
