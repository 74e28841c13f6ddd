package dev.hybridstore.platform.problem;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;

/**
 * Hands Quarkus's own URI check over to {@link HttpRefusals}. Quarkus's root handler answers a URI that
 * {@code java.net.URI} cannot parse ({@code %zz}) with a bare 400 before any route, filter or mapper runs, and its only
 * switch is the system property {@code vertx.disableURIValidation}, read once when its HTTP recorder loads. Quarkus
 * builds its configuration before that in every mode (JVM, tests, native static init), so the property is set here;
 * HttpRefusals makes the same check as the first route and answers with a problem.
 */
public class UriCheckHandover implements SmallRyeConfigBuilderCustomizer {

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        System.setProperty("vertx.disableURIValidation", "true");
    }
}
