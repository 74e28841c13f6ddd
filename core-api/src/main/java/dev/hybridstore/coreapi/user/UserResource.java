package dev.hybridstore.coreapi.user;

import dev.hybridstore.coreapi.cache.CachedResource;
import dev.hybridstore.coreapi.cache.CachedTables;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.model.commerce.User;
import dev.hybridstore.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/users")
@Tag(name = "Users", description = "Seed 003's users; single reads are cache-aside on the cache:users hash")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource extends CachedResource<User, UserService> {

    UserResource(UserService users) {
        super(users);
    }

    @POST
    @Operation(summary = "Create a user", description = "Assigns a 'U…' id when user_id is absent and derives age_group from age.")
    @APIResponse(responseCode = "201", description = "Created; Location names the user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = User.class),
                    examples = @ExampleObject(name = "created", value = CachedTables.USER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "invalid", value = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid input",\
                    "errors":[{"field":"gender","message":"must match \\"[MF]\\""}]}""")))
    @APIResponse(responseCode = "409", description = "The user_id is taken", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> create(@Valid @NotNull User user) {
        return created(user);
    }

    @GET
    @Operation(summary = "List users", description = "Keyset pages in user_id order: pass next_after as ?after= for the next page.")
    public Uni<Page<?>> list(@RestQuery String after, @RestQuery String limit, @RestQuery String region, @RestQuery String gender,
            @RestQuery("age_group") String ageGroup, @RestQuery String fields) {
        return rows.list(new UserQuery(region, gender, ageGroup, after, Params.limit(limit)), fields);
    }
}
