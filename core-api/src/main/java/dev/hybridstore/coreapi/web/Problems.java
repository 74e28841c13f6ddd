package dev.hybridstore.coreapi.web;

import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.platform.problem.ProblemException;
import java.util.List;

/** Problems core-api raises that the shared {@link ProblemException} factories do not name. */
public final class Problems {

    private Problems() {
    }

    /** The body is well-formed but refers to records that do not exist (422), one field error each. */
    public static ProblemException missingReferences(List<Problem.FieldError> missing) {
        return new ProblemException(422, "Unprocessable Content", "The request refers to records that do not exist", missing);
    }

    public static Problem.FieldError missing(String field, String what, Object id) {
        return new Problem.FieldError(field, "no " + what + " '" + id + "'");
    }
}
