package dev.hybridstore.testsupport;

import dev.hybridstore.model.config.DatabaseUrl;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Points the service's heavy reads (DATABASE_READ_URL) at the test stack's streaming standby, through a {@link TcpProxy}
 * so a test can make the standby go away and come back. {@code ./suite test} starts the standby and exports
 * STANDBY_DATABASE_URL; where it does not exist (the Testcontainers path) nothing is set and {@link #url()} is empty.
 */
public class ProxiedStandby implements QuarkusTestResourceLifecycleManager {

    private TcpProxy proxy;

    /** The standby itself, not the proxy: where a test pauses its replay. */
    public static Optional<String> url() {
        return Optional.ofNullable(System.getenv("STANDBY_DATABASE_URL")).filter(v -> !v.isBlank());
    }

    @Override
    public Map<String, String> start() {
        if (url().isEmpty()) {
            return Map.of();
        }
        DatabaseUrl standby = DatabaseUrl.parse("STANDBY_DATABASE_URL", url().get());
        try {
            proxy = TcpProxy.to(standby.host(), standby.port());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the proxy", e);
        }
        DatabaseUrl proxied = new DatabaseUrl("127.0.0.1", proxy.port(), standby.database(), standby.user(), standby.password(),
                standby.params());
        return Map.of("hybridstore.db.read.reactive-url", proxied.reactiveUrl(), "hybridstore.db.read.username", standby.user(),
                "hybridstore.db.read.password", standby.password());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(TcpProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }

    /** The test profile of a class that needs only this resource: {@code @TestProfile(ProxiedStandby.Profile.class)}. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedStandby.class));
        }
    }
}
