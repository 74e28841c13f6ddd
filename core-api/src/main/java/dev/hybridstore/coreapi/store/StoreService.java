package dev.hybridstore.coreapi.store;

import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.commerce.Store;
import dev.hybridstore.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class StoreService {

    @Inject
    StoreRepository stores;

    /** The database assigns store ids (identity column), so a client-chosen one is refused rather than risking the sequence. */
    public Uni<Store> create(Store store) {
        if (store.storeId() != null) {
            throw ProblemException.invalidField("store_id", "is assigned by the server; leave it out");
        }
        return stores.insert(store).invoke(created -> Log.infof("Store %d created", created.storeId()));
    }

    public Uni<Store> find(long id) {
        return stores.find(id).map(Problems.orNotFound("Store", id));
    }

    /** Completes when the store exists, fails with a 404 problem otherwise (reports and analytics of unknown stores). */
    public Uni<Void> requireExists(long id) {
        return stores.exists(id).invoke(Problems.orNotFoundIfAbsent("Store", id)).replaceWithVoid();
    }

    public Uni<Store> update(long id, Store store) {
        if (store.storeId() != null && store.storeId() != id) {
            throw ProblemException.invalidField("store_id", "must be absent or equal to the id in the path (" + id + ")");
        }
        return stores.update(id, store).map(Problems.orNotFound("Store", id));
    }

    public Uni<Page<Store>> list(String region, Long after, int limit) {
        return stores.page(region, after, limit).map(rows -> Page.of(rows, limit, s -> Long.toString(s.storeId())));
    }
}
