package dev.hybridstore.model.kafka;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * An instant in an event: an RFC 3339 date-time with seconds, at most 9 fraction digits and an offset of at most 18
 * hours (what Java holds), in the years 1970 to 9998 as written, so that it is a timestamp PostgreSQL, Java and every
 * REPORTS_ZONE agree on. {@link #PATTERN} is the schemas' pattern for the same rule; the real calendar (no 30 February)
 * is their "format": "date-time". Anything else, a number included, is refused.
 */
public final class EventInstant extends StdScalarDeserializer<Instant> {

    public static final String PATTERN = "^(19[7-9][0-9]|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
            + "(\\.[0-9]{1,9})?([Zz]|[+-](0[0-9]|1[0-7]):[0-5][0-9]|[+-]18:00)$";
    private static final Pattern RFC_3339 = Pattern.compile(PATTERN);

    EventInstant() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
        String text = p.getText();
        if (RFC_3339.matcher(text).matches()) {
            try {
                return OffsetDateTime.parse(text.replace('t', 'T').replace('z', 'Z'), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                // a day the month does not have: refused below
            }
        }
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
                "not an RFC 3339 date-time with seconds and an offset, in the years 1970 to 9998");
    }
}
