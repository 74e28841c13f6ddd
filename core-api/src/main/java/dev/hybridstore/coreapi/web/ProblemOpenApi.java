package dev.hybridstore.coreapi.web;

import dev.hybridstore.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Names the shape of every application/problem+json answer in the document: the {@link Problem} schema. The record
 * cannot be scanned (its extensions are written beside the standard members), so the schema is written here. Priority
 * 0: it runs after the other filters, which add problem answers of their own.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 0)
public class ProblemOpenApi implements OASFilter {

    static final String NAME = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(NAME, schema());
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    if (response.getContent() != null && response.getContent().getMediaType(Problem.MEDIA_TYPE) != null
                            && response.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema() == null) {
                        response.getContent().getMediaType(Problem.MEDIA_TYPE).schema(OASFactory.createSchema().ref(NAME));
                    }
                });
            }
        }));
    }

    private static Schema schema() {
        Schema string = OASFactory.createSchema().addType(SchemaType.STRING);
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details. A problem may carry members of its own beside these (e.g. limit, order_id, outcome)")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).description("about:blank"))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).description("The HTTP status"))
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.STRING).description("What happened, for a person"))
                .addProperty("instance", string)
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).description("One entry per invalid input")
                        .items(OASFactory.createSchema().addType(SchemaType.OBJECT)
                                .addProperty("field", OASFactory.createSchema().addType(SchemaType.STRING)
                                        .description("JSON path of the field, or the parameter's name"))
                                .addProperty("message", string)))
                .additionalPropertiesBoolean(true);
    }
}
