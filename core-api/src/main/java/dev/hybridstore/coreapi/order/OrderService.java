package dev.hybridstore.coreapi.order;

import dev.hybridstore.coreapi.cache.CacheAside;
import dev.hybridstore.coreapi.product.ProductService;
import dev.hybridstore.coreapi.user.UserService;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.commerce.Order;
import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.platform.problem.Problem;
import dev.hybridstore.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 003's producer behind HTTP: the order's user and product are looked up (Redis first, then PostgreSQL), then the
 * OrderPlaced event goes to Kafka; the order-consumer stores it.
 */
@ApplicationScoped
public class OrderService {

    private final UserService users;
    private final ProductService products;
    private final OrderPublisher publisher;
    private final OrderRepository orders;

    OrderService(UserService users, ProductService products, OrderPublisher publisher, OrderRepository orders) {
        this.users = users;
        this.products = products;
        this.publisher = publisher;
        this.orders = orders;
    }

    /** The accepted order's id, once Kafka has acknowledged the event. */
    public Uni<String> place(OrderRequest request) {
        OrderPlaced event = request.toEvent(Instant.now());
        return Uni.combine().all()
                .unis(users.findJson(request.userId(), CacheAside.Mode.CACHE_FIRST),
                        products.findJson(request.productId(), CacheAside.Mode.CACHE_FIRST))
                .with((user, product) -> {
                    List<Problem.FieldError> missing = new ArrayList<>(2);
                    if (user == null) {
                        missing.add(Problems.missing("user_id", "user", request.userId()));
                    }
                    if (product == null) {
                        missing.add(Problems.missing("product_id", "product", request.productId()));
                    }
                    if (!missing.isEmpty()) {
                        throw Problems.missingReferences(missing);
                    }
                    return event;
                })
                .chain(publisher::publish)
                .replaceWith(event.orderId());
    }

    public Uni<Order> find(String id) {
        return orders.find(id).map(found -> found.orElseThrow(() -> new ProblemException(404, "Not Found",
                "Order '" + id + "' does not exist (yet: an accepted order appears once the order-consumer has stored it)", List.of())));
    }

    public Uni<Page<Order>> list(OrderQuery query) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw ProblemException.invalidField("from", "must not be after 'to'");
        }
        return orders.page(query).map(rows -> Page.of(rows, query.limit(), last -> OrderCursor.after(last).encode()));
    }
}
