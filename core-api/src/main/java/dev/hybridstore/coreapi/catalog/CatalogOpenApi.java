package dev.hybridstore.coreapi.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hybridstore.model.kafka.Json;
import dev.hybridstore.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Words the catalog's operations per table. They are declared once, on the generic resource classes, so their
 * summaries, descriptions and examples are filled in here from each {@link CatalogTable}, at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CatalogOpenApi implements OASFilter {

    /** What a client does not send: the database sets these. */
    private static final Set<String> READ_ONLY = Set.of("id", "created_at", "updated_at", "deleted_at");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (CatalogTable<?> table : CatalogTables.ALL) {
            String noun = table.noun();
            PathItem one = openAPI.getPaths().getPathItem(table.path() + "/{id}");
            PathItem many = openAPI.getPaths().getPathItem(table.createdUnderParent()
                    ? table.parent().table().path() + "/{id}/" + table.path().substring(table.path().lastIndexOf('/') + 1) : table.path());
            one.getGET().summary("One " + noun);
            many.getGET().summary(table.docs().listed());
            documentInclude(table, one.getGET());
            one.getGET().getResponses().addAPIResponse("404", OASFactory.createAPIResponse()
                    .description("No such " + noun + ", or soft-deleted")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType())));
            if (!table.readOnly()) {
                documentWrites(table, one, many);
                documentFields(table, many.getGET());
            }
            if (table.docs().example() != null) {
                addExamples(table, one.getGET(), table.readOnly() ? null : many.getPOST());
            }
        }
    }

    /** The read answers Object (a row, or a row with the rows below it), which the scanner cannot name. */
    private static void documentInclude(CatalogTable<?> table, Operation get) {
        Set<String> below = CatalogTables.childrenOf(table).keySet();
        get.getResponses().getAPIResponse("200").description(below.isEmpty() ? "The " + table.noun()
                : "The " + table.noun() + "; with include, also the rows below it, as arrays named after their tables")
                .getContent().getMediaType("application/json").schema(OASFactory.createSchema().ref(table.type().getSimpleName()));
        get.getParameters().stream().filter(p -> p.getName().equals("include")).findFirst().orElseThrow().description(below.isEmpty()
                ? "No table hangs under " + table.name() + ", so any value is a 400"
                : "Nests the live rows below, one statement per level: table names joined by dots, each under the one before "
                        + "(e.g. seasons.events under a project). Directly under " + table.name() + ": " + String.join(", ", below));
    }

    /** The list answers rows, or maps of the ?fields= columns: Object to the scanner. */
    private static void documentFields(CatalogTable<?> table, Operation list) {
        list.getResponses().getAPIResponse("200").getContent().getMediaType("application/json").schema(OASFactory.createSchema()
                .addType(SchemaType.ARRAY).items(OASFactory.createSchema().ref(table.type().getSimpleName())));
        list.getParameters().stream().filter(p -> p.getName().equals("fields")).findFirst().orElseThrow()
                .description("Only these columns, comma-separated (id always comes along); one of: " + table.columns());
    }

    private static void documentWrites(CatalogTable<?> table, PathItem one, PathItem many) {
        String noun = table.noun();
        String aRow = ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
        one.getPUT().summary("Replace " + aRow + "'s fields");
        one.getDELETE().summary("Soft-delete " + aRow);
        many.getPOST().summary(table.docs().created());
        if (table.createdUnderParent()) {
            // The scanner drops a path parameter declared on a base class whose @Path does not name it.
            many.getPOST().addParameter(parentId());
            many.getGET().addParameter(parentId());
        }
        // RestResponse<T> is documented as a 200; the create answers 201.
        APIResponses created = many.getPOST().getResponses();
        created.addAPIResponse("201", created.getAPIResponse("200").description("Created; Location names the " + noun));
        created.removeAPIResponse("200");
        if (table.docs().conflict() != null) {
            created.addAPIResponse("409", OASFactory.createAPIResponse().description("The unique key is taken")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .addExample("taken", OASFactory.createExample().value(Map.of("type", "about:blank", "title", "Conflict",
                                    "status", 409, "detail", table.docs().conflict()))))));
        }
    }

    /** The read's examples, and the create's when {@code create} is not null. */
    private static void addExamples(CatalogTable<?> table, Operation get, Operation create) {
        Map<String, Object> row = parse(table.docs().example());
        Map<String, Object> missing = Map.of("type", "about:blank", "title", "Not Found", "status", 404,
                "detail", table.label() + " '" + row.get("id") + "' does not exist");
        example(response(get, "200"), "application/json", table.noun(), row);
        example(response(get, "404"), Problem.MEDIA_TYPE, "missing", missing);
        if (create != null) {
            Map<String, Object> request = new LinkedHashMap<>(row);
            request.keySet().removeAll(READ_ONLY);
            example(response(create, "201"), "application/json", "created", row);
            create.getRequestBody().getContent().getMediaType("application/json")
                    .addExample(table.noun(), OASFactory.createExample().value(request));
        }
    }

    private static Parameter parentId() {
        return OASFactory.createParameter().name("id").in(Parameter.In.PATH).required(true)
                .schema(OASFactory.createSchema().ref("UUID"));
    }

    private static APIResponse response(Operation operation, String code) {
        return operation.getResponses().getAPIResponse(code);
    }

    private static void example(APIResponse response, String mediaType, String name, Object value) {
        response.getContent().getMediaType(mediaType).addExample(name, OASFactory.createExample().value(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        try {
            return Json.MAPPER.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the example of a catalog table is not JSON", e);
        }
    }
}
