package dev.hybridstore.model.kafka;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Map;

/** The JSON settings of every event and cache entry: ISO dates, unknown fields ignored (forward compatible). */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * How consumers read events from producers outside the suite: only the JSON types the event's schema
     * (shared-model contract/schemas) names, so a consumer and the schema give the same verdict. Jackson would otherwise
     * read "2" or 2.7 as the integer 2, 123 as the text "123", a number as an instant, and ignore text after the value.
     */
    public static final ObjectMapper EVENTS = strict(MAPPER.copy());

    private Json() {
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule types = new SimpleModule("event-types");
        types.setDeserializers(new SimpleDeserializers(Map.of(Instant.class, new EventInstant(), int.class, WholeNumber.INT,
                Integer.class, WholeNumber.INTEGER, long.class, WholeNumber.LONG, Long.class, WholeNumber.LONG_OBJECT)));
        return mapper.registerModule(types);
    }
}
