package dev.hybridstore.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one set of exception mappers: every error leaves as {@code application/problem+json} with a title, a status
 * and, for bad input, the field errors. Unexpected failures are logged with an id; the body never carries a stack trace.
 */
public class ProblemMappers {

    /** Refusals closer together than this belong to one outage, which is logged once. */
    private static final Duration OUTAGE_GAP = Duration.ofSeconds(60);
    private static final AtomicLong lastOutage = new AtomicLong(System.nanoTime() - OUTAGE_GAP.toNanos() - 1);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        return invalidProblem(e).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return unreadableProblem(e).toResponse();
    }

    private static Problem invalidProblem(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field())).toList();
        return Problem.of(400, "Bad Request", "Invalid input", errors);
    }

    private static Problem unreadableProblem(JsonProcessingException e) {
        String detail = "The body is not valid JSON";
        List<Problem.FieldError> errors = List.of();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            detail = "The body does not match the expected shape";
            errors = List.of(new Problem.FieldError(field, describe(m)));
        }
        return Problem.of(400, "Bad Request", detail, errors);
    }

    /** quarkus-rest-jackson maps this subtype (wrong type, invalid date) itself, as plain JSON; this wins over it. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers a path or query parameter it cannot convert (a UUID, a number) with 404 wrapping the
            // conversion failure; the resource exists, the value is wrong.
            return Problem.of(400, "Bad Request", "A path or query parameter has an invalid value: " + firstLine(e.getCause()),
                    List.of()).toResponse();
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = e.getCause() instanceof JsonProcessingException ? "The body is not valid JSON" : e.getMessage();
        return Problem.of(status, type.getReasonPhrase(), detail, List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Problem problem = problemOf(e);
        Response response = problem.toResponse();
        return problem.status() == 503 ? Response.fromResponse(response).header("Retry-After", "5").build() : response;
    }

    /**
     * The problem a failure answers, also for the parts of one request that fail on their own (an order of a batch): its
     * own problem, violated constraints as a 400, a 503 when an engine is down (one WARN per outage, not per request),
     * else a 500 logged under a reference.
     */
    public static Problem problemOf(Throwable e) {
        if (e instanceof ProblemException p) {
            return p.problem();
        }
        if (e instanceof ConstraintViolationException v) {
            return invalidProblem(v);
        }
        if (EngineOutage.is(e)) {
            long now = System.nanoTime();
            if (now - lastOutage.getAndSet(now) > OUTAGE_GAP.toNanos()) {
                Log.warnf("Answering 503 while a backing engine is unreachable (%s)", firstLine(e));
            }
            return Problem.of(503, "Service Unavailable", "A backing service (database) is unavailable or restarting; retry later", List.of());
        }
        String id = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure %s", id);
        return Problem.of(500, "Internal Server Error", "Unexpected failure; reference " + id, List.of());
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static String describe(JsonMappingException m) {
        if (m instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (m instanceof InvalidFormatException f && f.getTargetType() != null) {
            if (f.getTargetType().isEnum()) {
                return "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants());
            }
            return "'" + f.getValue() + "' is not a valid " + f.getTargetType().getSimpleName();
        }
        return m.getOriginalMessage().lines().findFirst().orElse("invalid value");
    }

    /**
     * "create.arg0.name" → "name": the path without the method and parameter prefix. A constraint on a list's element
     * ends in Hibernate Validator's "&lt;list element&gt;" node; the field is the element, "errors[1]".
     */
    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> nodes = StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.CONTAINER_ELEMENT).map(Object::toString).toList();
        return nodes.size() <= 2 ? nodes.get(nodes.size() - 1) : String.join(".", nodes.subList(2, nodes.size()));
    }
}
