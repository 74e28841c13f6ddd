package dev.hybridstore.coreapi.interview;

import dev.hybridstore.coreapi.web.Created;
import dev.hybridstore.coreapi.web.Paging;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.knowledge.Interview;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge")
public class InterviewResource {

    @Inject
    InterviewService interviews;

    @POST
    @Operation(summary = "Record an interview answer and its evaluation", description = "evaluation is free-form JSON, stored as JSONB.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "interview", value = """
            {"company_id": "KAKAO", "question_id": 42, "candidate_name": "김민준", "answer": "모니터링 알람으로 ...", "score": 85,
             "evaluation": {"clarity": 4, "depth": 5, "notes": ["구체적인 수치 제시"]}}""")))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "404", description = "The company or the question does not exist")
    public Uni<RestResponse<Interview>> create(@Valid @NotNull Interview interview) {
        return interviews.create(interview).map(i -> Created.at("/api/interviews/" + i.id(), i));
    }

    @GET
    @Operation(summary = "Interviews by id, optionally of one company, a page at a time")
    public Uni<List<Interview>> list(@QueryParam("company_id") String companyId, @Valid @BeanParam Paging paging) {
        return interviews.page(companyId, paging.page(), paging.limit());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One interview")
    public Uni<Interview> get(@PathParam("id") long id) {
        return interviews.find(id).map(Problems.orNotFound("Interview", id));
    }
}
