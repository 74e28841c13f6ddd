package dev.hybridstore.coreapi.contract;

import dev.hybridstore.model.contract.Contract;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.platform.problem.ProblemException;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The Kafka event contract, for producers and consumers to fetch and validate against: the AsyncAPI document of every
 * topic and the JSON Schemas it refers to ({@code schemas/<name>.json}, relative to {@code /q/asyncapi}). Served from
 * memory (shared-model's resources), so on the event loop.
 */
@Path("/q")
@Tag(name = "Event contract", description = "The Kafka topics and their events as AsyncAPI 3.0 and JSON Schema 2020-12 (docs/producers.md)")
@NonBlocking
public class ContractResource {

    public static final String YAML = "application/yaml";
    public static final String SCHEMA_JSON = "application/schema+json";

    @GET
    @Path("asyncapi")
    @Produces(YAML)
    @Operation(summary = "The AsyncAPI 3.0 document of every topic (YAML)",
            description = "Keys, partitions, headers, dead-letter reasons and examples; payloads refer to schemas/<name>.json.")
    public byte[] asyncApi() {
        return Contract.asyncApi();
    }

    @GET
    @Path("schemas/{name}.json")
    @Produces({SCHEMA_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "An event's JSON Schema (2020-12)",
            description = "order-placed, embedding-requested, db-migration-completed, db-backup-completed, or orders-dlq-headers.")
    @APIResponse(responseCode = "404", description = "No such schema", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public byte[] schema(@RestPath String name) {
        return Contract.schema(name).orElseThrow(() -> ProblemException.notFound("Schema", name));
    }
}
