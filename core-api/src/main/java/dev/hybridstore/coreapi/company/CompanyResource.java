package dev.hybridstore.coreapi.company;

import dev.hybridstore.coreapi.web.Paging;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.knowledge.Company;
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
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Knowledge", description = "Companies, interview questions, interviews and store manuals")
public class CompanyResource {

    @Inject
    CompanyService companies;

    @POST
    @Operation(summary = "Create a company; its id is chosen by the client (e.g. KAKAO)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "kakao", value = "{\"id\": \"KAKAO\", \"name\": \"카카오\"}")))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Uni<RestResponse<Company>> create(@Valid @NotNull Company company) {
        return companies.create(company)
                .map(c -> RestResponse.ResponseBuilder.<Company>created(URI.create("/api/companies/" + c.id())).entity(c).build());
    }

    @GET
    @Operation(summary = "Companies by id, a page at a time")
    public Uni<List<Company>> list(@Valid @BeanParam Paging paging) {
        return companies.page(paging.page(), paging.limit());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One company")
    public Uni<Company> get(@PathParam("id") String id) {
        return companies.find(id).map(Problems.orNotFound("Company", id));
    }
}
