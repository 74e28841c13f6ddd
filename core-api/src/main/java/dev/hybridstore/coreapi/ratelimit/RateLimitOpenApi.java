package dev.hybridstore.coreapi.ratelimit;

import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Documents the 429 on exactly the operations whose method is {@link RateLimited}, found in the build's index, so the
 * document cannot name a limit the code does not apply. An annotated method the document lacks fails the build.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RateLimitOpenApi implements OASFilter {

    private static final DotName RATE_LIMITED = DotName.createSimple(RateLimited.class);
    private static final DotName PATH = DotName.createSimple(jakarta.ws.rs.Path.class);

    private final IndexView index;

    public RateLimitOpenApi(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (AnnotationInstance marked : index.getAnnotations(RATE_LIMITED)) {
            MethodInfo method = marked.target().asMethod();
            String path = path(value(method.declaringClass().declaredAnnotation(PATH)), value(method.annotation(PATH)));
            PathItem.HttpMethod verb = verb(method);
            PathItem item = openAPI.getPaths().getPathItem(path);
            Operation operation = item == null ? null : item.getOperations().get(verb);
            if (operation == null) {
                throw new IllegalStateException("@RateLimited " + method.declaringClass().simpleName() + "." + method.name() + ": no "
                        + verb + " " + path + " in the OpenAPI document");
            }
            operation.getResponses().addAPIResponse("429", tooMany(Limit.valueOf(marked.value().asEnum())));
        }
    }

    /** The template the document uses: class and method @Path joined, without regular expressions in parameters. */
    static String path(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String value(AnnotationInstance path) {
        return path == null ? "" : path.value().asString();
    }

    private static PathItem.HttpMethod verb(MethodInfo method) {
        for (PathItem.HttpMethod verb : PathItem.HttpMethod.values()) {
            if (method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + verb.name()))) {
                return verb;
            }
        }
        throw new IllegalStateException("@RateLimited " + method + " is not a resource method");
    }

    private static APIResponse tooMany(Limit limit) {
        String setting = switch (limit) {
            case SEARCH -> "RATE_LIMIT_SEARCH_PER_MINUTE searches per client and minute";
            case ORDERS -> "RATE_LIMIT_ORDERS_PER_SECOND requests per client and second";
        };
        // What the filter answers to a client over a budget of 30 with 17 s (or, for a 1 s window, 0.4 s) left.
        int allowed = limit == Limit.SEARCH ? 30 : 20;
        Problem example = RateLimitFilter.problem(limit, allowed, new Window(0, Math.min(17_000, limit.window().toMillis() - 600)));
        return OASFactory.createAPIResponse()
                .description("This client (its API key, else its address) is over the " + limit.key() + " limit: " + setting
                        + ", counted across every instance; off unless set. Retry after Retry-After seconds")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds until the client's window resets")
                        .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .addExample("over the limit", OASFactory.createExample().value(Json.MAPPER.convertValue(example, Map.class)))));
    }
}
