package dev.hybridstore.coreapi.order;

import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.model.commerce.Order;
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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/orders")
@Tag(name = "Orders", description = "Orders go to Kafka topic 'orders' (seed 003); the order-consumer stores them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    private final OrderService orders;

    OrderResource(OrderService orders) {
        this.orders = orders;
    }

    @POST
    @Operation(summary = "Place an order", description = "Checks that the user and the product exist (Redis first, then PostgreSQL), "
            + "assigns an 'O…' order_id when absent and publishes OrderPlaced keyed by order_id, waiting for the broker's "
            + "acknowledgement. Retrying with the same order_id is safe.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderRequest.class),
            examples = @ExampleObject(name = "order", value = """
                    {"user_id":"U_001","product_id":"P1001","quantity":2,"total_amount":59800,"payment_method":"CARD"}""")))
    @APIResponse(responseCode = "202", description = "On the topic; Location is where the stored order will be",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderAccepted.class),
                    examples = @ExampleObject(name = "accepted", value = """
                            {"order_id":"OM5X2K3ABC1234","status":"ACCEPTED"}""")))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "negative quantity", value = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid input",\
                    "errors":[{"field":"quantity","message":"must be greater than 0"}]}""")))
    @APIResponse(responseCode = "422", description = "The user or the product does not exist", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown user", value = """
                    {"type":"about:blank","title":"Unprocessable Content","status":422,\
                    "detail":"The request refers to records that do not exist",\
                    "errors":[{"field":"user_id","message":"no user 'U_404'"}]}""")))
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge the order; nothing was accepted",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> place(@Valid @NotNull OrderRequest order) {
        return orders.place(order).map(id -> Response.accepted(OrderAccepted.of(id)).location(URI.create("/api/orders/" + id)).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a stored order", description = "404 until the order-consumer has stored an accepted order.")
    @APIResponse(responseCode = "404", description = "Not (yet) stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Order> get(@RestPath String id) {
        return orders.find(id);
    }

    @GET
    @Operation(summary = "List stored orders", description = "Keyset pages in (created_at, order_id) order: pass next_after as "
            + "?after= for the next page. from and to are inclusive days.")
    public Uni<Page<Order>> list(@RestQuery("user_id") String userId, @RestQuery("store_id") String storeId,
            @Parameter(description = "first day, yyyy-MM-dd") @RestQuery String from,
            @Parameter(description = "last day, yyyy-MM-dd") @RestQuery String to,
            @RestQuery String after, @RestQuery String limit) {
        return orders.list(new OrderQuery(userId, Params.id("store_id", storeId), Params.date("from", from), Params.date("to", to),
                OrderCursor.decode(after), Params.limit(limit)));
    }
}
