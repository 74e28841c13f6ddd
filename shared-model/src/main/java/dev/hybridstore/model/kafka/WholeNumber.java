package dev.hybridstore.model.kafka;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * An integer field of an event, read as JSON Schema's "integer": any JSON number without a fraction (2, 2.0, 2e0), in
 * the Java type's range. Jackson's own reading truncates 2.7 to 2 or, strict, refuses 2.0 too.
 */
final class WholeNumber extends StdScalarDeserializer<Number> {

    static final WholeNumber INT = new WholeNumber(int.class, Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final WholeNumber INTEGER = new WholeNumber(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final WholeNumber LONG = new WholeNumber(long.class, Long.MIN_VALUE, Long.MAX_VALUE);
    static final WholeNumber LONG_OBJECT = new WholeNumber(Long.class, Long.MIN_VALUE, Long.MAX_VALUE);

    private final BigDecimal min;
    private final BigDecimal max;

    private WholeNumber(Class<?> type, long min, long max) {
        super(type);
        this.min = BigDecimal.valueOf(min);
        this.max = BigDecimal.valueOf(max);
    }

    @Override
    public Number deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            return (Number) ctxt.handleUnexpectedToken(handledType(), p);
        }
        BigDecimal value = p.getDecimalValue();
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            return (Number) ctxt.handleWeirdNumberValue(handledType(), value, "not a whole number");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return (Number) ctxt.handleWeirdNumberValue(handledType(), value, "out of range of " + handledType().getSimpleName());
        }
        return handledType() == int.class || handledType() == Integer.class ? (Number) value.intValue() : (Number) value.longValue();
    }

    /** JSON null: refused for int and long, as Json's FAIL_ON_NULL_FOR_PRIMITIVES does for Jackson's own readers. */
    @Override
    public Number getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        if (handledType().isPrimitive()) {
            return ctxt.reportInputMismatch(this, "null is not a whole number");
        }
        return null;
    }

    /** An absent field: 0 for int and long (the record's validation then names it), null for the wrappers. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return !handledType().isPrimitive() ? null : handledType() == int.class ? (Object) 0 : (Object) 0L;
    }
}
