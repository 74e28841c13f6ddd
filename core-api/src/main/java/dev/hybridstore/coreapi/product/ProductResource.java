package dev.hybridstore.coreapi.product;

import dev.hybridstore.coreapi.cache.CachedResource;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.model.commerce.Product;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/products")
@Tag(name = "Products", description = "Seed 003's products, owned by a store; single reads are cache-aside on cache:products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource extends CachedResource<Product, ProductService> {

    ProductResource(ProductService products) {
        super(products);
    }

    @POST
    @Operation(summary = "Create a product", description = "Assigns a 'P…' id when product_id is absent.")
    @APIResponse(responseCode = "201", description = "Created; Location names the product",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Product.class)))
    @APIResponse(responseCode = "409", description = "The product_id is taken", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "store_id names no store", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> create(@Valid @NotNull Product product) {
        return created(product);
    }

    @GET
    @Operation(summary = "List products", description = "Keyset pages in product_id order: pass next_after as ?after= for the next "
            + "page. min_price and max_price are inclusive.")
    public Uni<Page<?>> list(@RestQuery String after, @RestQuery String limit, @RestQuery String category,
            @RestQuery("store_id") String storeId, @RestQuery String brand, @RestQuery("min_price") String minPrice,
            @RestQuery("max_price") String maxPrice, @RestQuery String fields) {
        return rows.list(new ProductQuery(category, Params.id("store_id", storeId), brand, Params.optionalInt("min_price", minPrice, 0),
                Params.optionalInt("max_price", maxPrice, 0), after, Params.limit(limit)), fields);
    }
}
