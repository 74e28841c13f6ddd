package dev.hybridstore.coreapi.ops;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** {@code /ops} → {@code /ops/}: the page (META-INF/resources/ops) loads its script and styles relative to the folder. */
@Singleton
class OpsPage {

    void route(@Observes Router router) {
        router.getWithRegex("^/ops$").handler(rc -> rc.redirect("/ops/"));
    }
}
