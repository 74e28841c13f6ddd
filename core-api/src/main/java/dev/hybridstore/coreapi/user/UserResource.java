package dev.hybridstore.coreapi.user;

import dev.hybridstore.coreapi.cache.CacheAside;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.model.commerce.User;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/users")
@Tag(name = "Users", description = "Seed 003's users; single reads are cache-aside on the cache:users hash")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    static final String USER_EXAMPLE = """
            {"user_id":"U_001","name":"Hong Gil Dong","gender":"M","age":30,"age_group":"30대","region":"Seoul",\
            "join_date":"2025-01-09","last_cached_at":null,"created_at":"2025-01-09T10:15:30.123456"}""";

    private final UserService users;

    UserResource(UserService users) {
        this.users = users;
    }

    @POST
    @Operation(summary = "Create a user", description = "Assigns a 'U…' id when user_id is absent and derives age_group from age.")
    @APIResponse(responseCode = "201", description = "Created; Location names the user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = User.class),
                    examples = @ExampleObject(name = "created", value = USER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "invalid", value = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid input",\
                    "errors":[{"field":"gender","message":"must match \\"[MF]\\""}]}""")))
    @APIResponse(responseCode = "409", description = "The user_id is taken", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> create(@Valid @NotNull User user) {
        return users.create(user).map(created -> Response.created(URI.create("/api/users/" + created.userId())).entity(created).build());
    }

    @GET
    @Operation(summary = "List users", description = "Keyset pages in user_id order: pass next_after as ?after= for the next page.")
    public Uni<Page<User>> list(@RestQuery String after, @RestQuery String limit, @RestQuery String region, @RestQuery String gender,
            @RestQuery("age_group") String ageGroup) {
        return users.list(new UserQuery(region, gender, ageGroup, after, Params.limit(limit)));
    }

    @GET
    @Path("random")
    @Operation(summary = "A random cached user", description = "HRANDFIELD on cache:users (seed 003's get_random_user).")
    @APIResponse(responseCode = "200", description = "One user from the cache")
    @APIResponse(responseCode = "404", description = "The cache is empty (the cache-worker fills it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<String> random(
            @Parameter(description = "no-cache picks from PostgreSQL") @RestHeader(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return users.randomJson(CacheAside.Mode.of(cacheControl));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a user", description = "Cache-aside: Redis first, then PostgreSQL (the entry is written back). "
            + "Cache-Control: no-cache reads PostgreSQL only and leaves the cache untouched.")
    @APIResponse(responseCode = "200", description = "The user", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = User.class), examples = @ExampleObject(name = "user", value = USER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "missing", value = """
                    {"type":"about:blank","title":"Not Found","status":404,"detail":"User 'U_404' does not exist"}""")))
    public Uni<String> get(@RestPath String id,
            @Parameter(description = "no-cache bypasses Redis") @RestHeader(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return users.findJson(id, CacheAside.Mode.of(cacheControl))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("User", id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a user", description = "Write-through: PostgreSQL, then the cache:users entry.")
    @APIResponse(responseCode = "200", description = "The updated user")
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<String> update(@RestPath String id, @Valid @NotNull User user) {
        return users.update(id, user);
    }
}
