package dev.hybridstore.coreapi.order;

import dev.hybridstore.coreapi.ratelimit.Limit;
import dev.hybridstore.coreapi.ratelimit.RateLimited;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    @Inject
    OrderService orders;
    @Inject
    OrderBatches batches;

    @POST
    @Operation(summary = "Place an order", description = """
            Checks that the user and the product exist (Redis first, then PostgreSQL), assigns an 'O…' order_id when \
            absent and publishes OrderPlaced keyed by order_id, waiting for the broker's acknowledgement.

            **Retries.** An order_id is stored once, however often it is published. So retry a 503 or a lost answer \
            (timeout, connection reset) with the same request: with the same `Idempotency-Key` (any value unique to the \
            order, e.g. a UUID, kept for HYBRIDSTORE_ORDERS_IDEMPOTENCY_KEY_RETENTION, 24 h by default), or without a key \
            with the same order_id; the order_id of a 503 is the one to send. A retry with the key gets the first \
            attempt's order_id and the same 202, also when the server picked the id; the key with a different body is a \
            422. Without either, a retry places a second order.

            **503 outcome.** `refused`: the order is not on the topic; this request stores nothing. `unknown`: Kafka did not \
            acknowledge it, but it may have been written and may still be stored (GET /api/orders/{order_id}); a retry \
            settles it either way.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderRequest.class),
            examples = @ExampleObject(name = "order", value = """
                    {"user_id":"U_001","product_id":"P1001","quantity":2,"total_amount":59800,"payment_method":"CARD"}""")))
    @APIResponse(responseCode = "202", description = "On the topic; Location is where the stored order will be",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderAccepted.class),
                    examples = @ExampleObject(name = "accepted", value = """
                            {"order_id":"OM5X2K3ABC1234","status":"ACCEPTED"}""")))
    @APIResponse(responseCode = "400", description = "Invalid body or Idempotency-Key", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = {@ExampleObject(name = "negative quantity", value = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid input",\
                    "errors":[{"field":"quantity","message":"must be greater than 0"}]}"""),
                    @ExampleObject(name = "bad key", value = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid input",\
                    "errors":[{"field":"Idempotency-Key","message":"must be printable ASCII"}]}""")}))
    @APIResponse(responseCode = "422", description = "The user or the product does not exist, or the Idempotency-Key was used "
            + "with a different body", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = {@ExampleObject(name = "unknown user", value = """
                    {"type":"about:blank","title":"Unprocessable Content","status":422,\
                    "detail":"The request refers to records that do not exist",\
                    "errors":[{"field":"user_id","message":"no user 'U_404'"}]}"""),
                    @ExampleObject(name = "key reused", value = """
                    {"type":"about:blank","title":"Unprocessable Content","status":422,\
                    "detail":"This Idempotency-Key was first used with a different request; retries must repeat that request \
                    unchanged, and a new order needs a new key",\
                    "errors":[{"field":"Idempotency-Key","message":"was used with a different body"}]}""")}))
    @APIResponse(responseCode = "503", description = "Not acknowledged: order_id says which order, outcome whether it was "
            + "refused or may still be stored", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {
                    @ExampleObject(name = "refused", value = """
                            {"type":"about:blank","title":"Service Unavailable","status":503,\
                            "detail":"Order 'OM5X2K3ABC1234' was not accepted: the Kafka producer failed before sending it, so this \
                            request stores nothing. Retry the same request with the same Idempotency-Key, or without a key with \
                            \\"order_id\\":\\"OM5X2K3ABC1234\\"; a retry never doubles an order.",\
                            "order_id":"OM5X2K3ABC1234","outcome":"refused"}"""),
                    @ExampleObject(name = "unknown", value = """
                            {"type":"about:blank","title":"Service Unavailable","status":503,\
                            "detail":"The outcome of order 'OM5X2K3ABC1234' is unknown: Kafka did not acknowledge it; it may \
                            still be stored (GET /api/orders/OM5X2K3ABC1234). Retry the same request with the same \
                            Idempotency-Key, or without a key with \\"order_id\\":\\"OM5X2K3ABC1234\\"; a retry never \
                            doubles an order.","order_id":"OM5X2K3ABC1234","outcome":"unknown"}""")}))
    @Parameter(name = IdempotencyKey.HEADER, in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING, maxLength = 255),
            description = "1 to 255 printable ASCII characters, unique to the order; send it again unchanged with every retry of that order")
    @RateLimited(Limit.ORDERS)
    public Uni<Response> place(@Valid @NotNull OrderRequest order, @Context HttpHeaders headers) {
        // getHeaderString, not @RestHeader: an empty value must be refused, not taken for an absent header.
        return orders.place(order, IdempotencyKey.parse(headers.getHeaderString(IdempotencyKey.HEADER)))
                .map(id -> Response.accepted(OrderAccepted.of(id)).location(URI.create("/api/orders/" + id)).build());
    }

    @POST
    @Path("batch")
    @Operation(summary = "Place up to 1,000 orders", description = """
            Each order is placed as POST /api/orders places it: checked, given an order_id when absent, and accepted only \
            once Kafka acknowledged it. Each is accepted or refused on its own, never the batch as a whole: `results` has \
            one entry per order, in the batch's order, with the status and problem a single POST would have answered.

            **Retries.** Send again only the refused orders with a 5xx status, or the whole batch with the same \
            `Idempotency-Key`: the key of order i is the batch's key followed by `#i`, so a retry gets each order's first \
            order_id and accepted orders are never doubled.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderBatch.class),
            examples = @ExampleObject(name = "two orders", value = """
                    {"orders":[{"user_id":"U_001","product_id":"P1001","quantity":2},{"user_id":"U_404","product_id":"P1001","quantity":1}]}""")))
    @APIResponse(responseCode = "200", description = "Each order's outcome", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrderBatchResult.class), examples = @ExampleObject(name = "one accepted, one refused", value = """
                    {"accepted":1,"refused":1,"results":[{"index":0,"status":202,"order_id":"OM5X2K3ABC1234"},\
                    {"index":1,"status":422,"problem":{"type":"about:blank","title":"Unprocessable Content","status":422,\
                    "detail":"The request refers to records that do not exist","errors":[{"field":"user_id","message":"no user 'U_404'"}]}}]}""")))
    @APIResponse(responseCode = "400", description = "No orders, more than 1,000, or an invalid Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @Parameter(name = IdempotencyKey.HEADER, in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING, maxLength = IdempotencyKey.MAX_BATCH_LENGTH),
            description = "1 to 251 printable ASCII characters, unique to the batch; send it again unchanged with every retry of it")
    @RateLimited(Limit.ORDERS)
    public Uni<OrderBatchResult> placeAll(@Valid @NotNull OrderBatch batch, @Context HttpHeaders headers) {
        return batches.place(batch, IdempotencyKey.parseForBatch(headers.getHeaderString(IdempotencyKey.HEADER)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a stored order", description = "404 until the order-consumer has stored an accepted order.")
    @APIResponse(responseCode = "404", description = "Not (yet) stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Order> get(@RestPath String id) {
        return orders.find(id);
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Change a stored order's status", description = """
            Allowed moves: paid → shipped, cancelled or refunded; shipped → completed or refunded; completed → refunded. \
            cancelled and refunded are final. Statuses are lower case; an order stored before they were (V11) compares \
            case-insensitively. Two concurrent changes of one order never both win: the loser gets the 409.

            **Reports and analytics.** Cancelled and refunded orders are not sales: the sales and products reports and \
            the sales comparison leave them out; the orders report still counts them, by status. A change drops the \
            cached reports of the order's store and day, so the next read recomputes them.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChange.class),
            examples = @ExampleObject(name = "cancel", value = """
                    {"status":"cancelled"}""")))
    @APIResponse(responseCode = "200", description = "The order with its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Order.class)))
    @APIResponse(responseCode = "400", description = "Unknown status", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "unknown status", value = """
                    {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid input",\
                    "errors":[{"field":"status","message":"'lost' is not one of paid, shipped, completed, cancelled, refunded"}]}""")))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The current status does not allow the move (or a concurrent change won)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "final", value = """
                    {"type":"about:blank","title":"Conflict","status":409,\
                    "detail":"Order 'OM5X2K3ABC1234' is 'cancelled' and cannot become 'refunded'",\
                    "current_status":"cancelled","requested_status":"refunded"}""")))
    public Uni<Order> changeStatus(@RestPath String id, @Valid @NotNull StatusChange change) {
        return orders.changeStatus(id, change.status());
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
