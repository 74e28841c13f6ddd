package dev.hybridstore.coreapi.shedding;

import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the shed request's 503 on every operation {@link LoadShedding} can refuse (all but /q/). An operation that
 * already answers 503 for its own reasons (an order Kafka did not acknowledge) keeps them and gains this one.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SheddingOpenApi implements OASFilter {

    private static final String OVERLOADED = "When load shedding is on (LOAD_SHEDDING_ENABLED, off by default) and the server is "
            + "overloaded: refused before any work; retry after Retry-After seconds";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!LoadShedding.exempt(path)) {
                item.getOperations().values().forEach(operation -> shed(operation.getResponses()));
            }
        });
    }

    private static void shed(APIResponses responses) {
        APIResponse response = responses.getAPIResponse("503");
        if (response == null) {
            response = OASFactory.createAPIResponse().description(OVERLOADED);
            responses.addAPIResponse("503", response);
        } else {
            response.description(response.getDescription() + ". " + OVERLOADED);
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After")) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                    .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)));
        }
        Content content = response.getContent() == null ? OASFactory.createContent() : response.getContent();
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE) == null ? OASFactory.createMediaType()
                : content.getMediaType(Problem.MEDIA_TYPE);
        problem.addExample("overloaded", OASFactory.createExample()
                .value(Json.MAPPER.convertValue(LoadShedding.problem(1), Map.class)));
        response.content(content.addMediaType(Problem.MEDIA_TYPE, problem));
    }
}
