package dev.hybridstore.coreapi.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a search ranks: by embedding, by trigram match, or both fused. */
public enum SearchMode {
    HYBRID, VECTOR, KEYWORD;

    /** The values a query parameter accepts, for validation patterns. */
    public static final String PATTERN = "hybrid|vector|keyword";

    /** Parses an already validated query parameter. */
    public static SearchMode of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
