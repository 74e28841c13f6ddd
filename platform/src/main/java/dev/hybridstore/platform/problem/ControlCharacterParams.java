package dev.hybridstore.platform.problem;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query parameters holding control characters are a 400 naming each parameter, for every resource of every
 * service: one filter after matching (the path template names the path parameters) and before any parameter is
 * converted or reaches SQL.
 */
public class ControlCharacterParams {

    @ServerRequestFilter
    public void refuse(UriInfo uri) {
        Map<String, Problem.FieldError> errors = new TreeMap<>();
        collect(uri.getPathParameters(), errors);
        collect(uri.getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "Invalid input", List.copyOf(errors.values()));
        }
    }

    private static void collect(MultivaluedMap<String, String> params, Map<String, Problem.FieldError> errors) {
        params.forEach((name, values) -> {
            if (ControlCharacters.in(name) || values.stream().anyMatch(ControlCharacters::in)) {
                errors.putIfAbsent(name, new Problem.FieldError(name, ControlCharacters.MESSAGE));
            }
        });
    }
}
