package dev.hybridstore.model.kafka;

import java.util.Arrays;
import java.util.Optional;

/** Why a record went to orders-dlq; the header value is what operators filter on (and replay by). */
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

    public static Optional<DlqReason> ofHeader(String header) {
        return Arrays.stream(values()).filter(r -> r.header.equals(header)).findFirst();
    }
}
