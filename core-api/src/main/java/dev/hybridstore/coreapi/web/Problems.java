package dev.hybridstore.coreapi.web;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.platform.problem.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Problems core-api raises that the shared {@link ProblemException} factories do not name. */
public final class Problems {

    private Problems() {
    }

    /** The body is well-formed but refers to records that do not exist (422), one field error each. */
    public static ProblemException missingReferences(List<Problem.FieldError> missing) {
        return new ProblemException(422, "Unprocessable Content", "The request refers to records that do not exist", missing);
    }

    /** What an optional read found, or a 404 naming the row: {@code rows.find(id).map(Problems.orNotFound("Store", id))}. */
    public static <T> Function<Optional<T>, T> orNotFound(String label, Object id) {
        return found -> found.orElseThrow(() -> ProblemException.notFound(label, id));
    }

    /** A 404 naming the row when an existence check found none: {@code rows.exists(id).invoke(Problems.orNotFoundIfAbsent("Store", id))}. */
    public static Consumer<Boolean> orNotFoundIfAbsent(String label, Object id) {
        return exists -> {
            if (!exists) {
                throw ProblemException.notFound(label, id);
            }
        };
    }

    public static Problem.FieldError missing(String field, String what, Object id) {
        return new Problem.FieldError(field, "no " + what + " '" + id + "'");
    }
}
