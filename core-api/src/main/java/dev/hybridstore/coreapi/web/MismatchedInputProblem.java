package dev.hybridstore.coreapi.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.hybridstore.model.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * quarkus-rest-jackson ships a mapper for MismatchedInputException (a wrong type, an invalid date) that answers plain
 * JSON; being more specific than ProblemMappers' JsonProcessingException mapper, it wins. This one restores the problem
 * body. Not specific to core-api: it belongs in ProblemMappers.
 */
public class MismatchedInputProblem {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return problems.unreadable(e);
    }
}
