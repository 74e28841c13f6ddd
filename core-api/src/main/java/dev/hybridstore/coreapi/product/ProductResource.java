package dev.hybridstore.coreapi.product;

import dev.hybridstore.coreapi.cache.CacheAside;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.model.commerce.Product;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/products")
@Tag(name = "Products", description = "Seed 003's products, owned by a store; single reads are cache-aside on cache:products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ProductService products;

    ProductResource(ProductService products) {
        this.products = products;
    }

    @POST
    @Operation(summary = "Create a product", description = "Assigns a 'P…' id when product_id is absent.")
    @APIResponse(responseCode = "201", description = "Created; Location names the product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Product.class)))
    @APIResponse(responseCode = "409", description = "The product_id is taken", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "store_id names no store", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> create(@Valid @NotNull Product product) {
        return products.create(product)
                .map(created -> Response.created(URI.create("/api/products/" + created.productId())).entity(created).build());
    }

    @GET
    @Operation(summary = "List products", description = "Keyset pages in product_id order: pass next_after as ?after= for the next "
            + "page. min_price and max_price are inclusive.")
    public Uni<Page<Product>> list(@RestQuery String after, @RestQuery String limit, @RestQuery String category,
            @RestQuery("store_id") String storeId, @RestQuery String brand, @RestQuery("min_price") String minPrice,
            @RestQuery("max_price") String maxPrice) {
        return products.list(new ProductQuery(category, Params.id("store_id", storeId), brand, Params.optionalInt("min_price", minPrice, 0),
                Params.optionalInt("max_price", maxPrice, 0), after, Params.limit(limit)));
    }

    @GET
    @Path("random")
    @Operation(summary = "A random cached product", description = "HRANDFIELD on cache:products (seed 003's get_random_product).")
    @APIResponse(responseCode = "404", description = "The cache is empty (the cache-worker fills it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<String> random(
            @Parameter(description = "no-cache picks from PostgreSQL") @RestHeader(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return products.randomJson(CacheAside.Mode.of(cacheControl));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a product", description = "Cache-aside: Redis first, then PostgreSQL (the entry is written back). "
            + "Cache-Control: no-cache reads PostgreSQL only and leaves the cache untouched.")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Product.class)))
    @APIResponse(responseCode = "404", description = "No such product", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<String> get(@RestPath String id, @RestHeader(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return products.findJson(id, CacheAside.Mode.of(cacheControl))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Product", id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a product", description = "Write-through: PostgreSQL, then the cache:products entry.")
    @APIResponse(responseCode = "200", description = "The updated product")
    @APIResponse(responseCode = "404", description = "No such product", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<String> update(@RestPath String id, @Valid @NotNull Product product) {
        return products.update(id, product);
    }
}
