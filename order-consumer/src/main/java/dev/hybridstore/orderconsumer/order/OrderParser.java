package dev.hybridstore.orderconsumer.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.DlqReason;
import dev.hybridstore.model.kafka.Json;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and validates a batch's values; what fails here goes to the dead-letter topic instead of failing the batch. */
@Singleton
public class OrderParser {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE = new PropertyNamingStrategies.SnakeCaseStrategy();

    @Inject
    Validator validator;

    /** The batch split into valid events and dead letters, in the batch's order. */
    public Triage parse(List<IncomingOrder> records) {
        List<ParsedOrder> accepted = new ArrayList<>(records.size());
        List<DeadLetter> rejected = new ArrayList<>();
        for (IncomingOrder record : records) {
            OrderPlaced event;
            try {
                event = record.value() == null ? null : Json.EVENTS.readValue(record.value(), OrderPlaced.class);
            } catch (IOException e) {
                rejected.add(new DeadLetter(record, DlqReason.UNPARSEABLE, unparseable(e)));
                continue;
            }
            if (event == null) {
                rejected.add(new DeadLetter(record, DlqReason.UNPARSEABLE, "empty value"));
                continue;
            }
            String problems = problems(event);
            if (problems.isEmpty()) {
                accepted.add(new ParsedOrder(record, event));
            } else {
                rejected.add(new DeadLetter(record, DlqReason.INVALID, problems));
            }
        }
        return new Triage(accepted, rejected);
    }

    private String problems(OrderPlaced event) {
        if (event.schemaVersion() > OrderPlaced.SCHEMA_VERSION) {
            // A new major version may change what fields mean: keep it in the DLQ for a consumer that understands it.
            return "schema_version: " + event.schemaVersion() + " is newer than the supported " + OrderPlaced.SCHEMA_VERSION;
        }
        return validator.validate(event).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(OrderParser::describe)
                .collect(Collectors.joining("; "));
    }

    private static String describe(ConstraintViolation<OrderPlaced> violation) {
        return SNAKE_CASE.translate(violation.getPropertyPath().toString()) + ": " + violation.getMessage();
    }

    /** Jackson's first line, after the field it is about when there is one: operators filter dead letters by it. */
    private static String unparseable(IOException e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        String line = message == null ? "not JSON" : message.lines().findFirst().orElse("not JSON");
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty() && m.getPath().get(0).getFieldName() != null) {
            return m.getPath().get(0).getFieldName() + ": " + line;
        }
        return line;
    }

    /** A parsed batch: events to store, records to dead-letter. */
    public record Triage(List<ParsedOrder> accepted, List<DeadLetter> rejected) {
    }
}
