package dev.hybridstore.platform.problem;

import java.util.List;

/** A failure with a known HTTP meaning, thrown by services and turned into a problem body by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not Found", what + " '" + id + "' does not exist", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail, List.of());
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "Bad Request", "Invalid input", List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "Service Unavailable", detail, List.of());
    }

    public Problem problem() {
        return Problem.of(status, title, getMessage(), errors);
    }
}
