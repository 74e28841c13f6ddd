package dev.hybridstore.coreapi.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hybridstore.model.kafka.Json;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Words the operations {@link CachedResource} declares once for every cached table: fills in {row} and {hash}, and
 * documents the JSON text the reads and the update answer as the table's record.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CachedOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (CachedTable<?> table : CachedTables.ALL) {
            String path = "/api/" + table.table();
            String row = table.label().toLowerCase(Locale.ROOT);
            openAPI.getPaths().getPathItems().forEach((template, item) -> {
                if (template.startsWith(path + "/")) {
                    item.getOperations().values().forEach(operation -> fill(operation, row, table.hash()));
                }
            });
            PathItem one = openAPI.getPaths().getPathItem(path + "/{id}");
            for (Operation read : List.of(one.getGET(), one.getPUT(), openAPI.getPaths().getPathItem(path + "/random").getGET())) {
                read.getResponses().getAPIResponse("200").getContent().getMediaType("application/json")
                        .schema(OASFactory.createSchema().ref(table.label()));
            }
            documentFields(table, openAPI.getPaths().getPathItem(path).getGET());
            if (table == CachedTables.USERS) {
                one.getGET().getResponses().getAPIResponse("200").getContent().getMediaType("application/json")
                        .addExample(row, OASFactory.createExample().value(parse(CachedTables.USER_EXAMPLE)));
            }
        }
    }

    /** The list answers Page<?> (rows, or maps of the ?fields= columns), which the scanner cannot name. */
    private static void documentFields(CachedTable<?> table, Operation list) {
        list.getResponses().getAPIResponse("200").getContent().getMediaType("application/json").schema(OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .addProperty("items", OASFactory.createSchema().addType(SchemaType.ARRAY).items(OASFactory.createSchema().ref(table.label())))
                .addProperty("next_after", OASFactory.createSchema().addType(SchemaType.STRING).addType(SchemaType.NULL)
                        .description("Pass as ?after= for the next page; null on the last")));
        list.getParameters().stream().filter(p -> p.getName().equals("fields")).findFirst().orElseThrow()
                .description("Only these columns, comma-separated (" + table.key() + " always comes along); one of: " + table.columns());
    }

    private static Object parse(String json) {
        try {
            return Json.MAPPER.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the example of a cached table is not JSON", e);
        }
    }

    private static void fill(Operation operation, String row, String hash) {
        operation.summary(fill(operation.getSummary(), row, hash)).description(fill(operation.getDescription(), row, hash));
        operation.getResponses().getAPIResponses().values().forEach(r -> r.description(fill(r.getDescription(), row, hash)));
    }

    private static String fill(String text, String row, String hash) {
        return text == null ? null : text.replace("{row}", row).replace("{hash}", hash);
    }
}
