package dev.hybridstore.testsupport;

import dev.hybridstore.model.config.DatabaseUrl;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Puts a {@link TcpProxy} in front of the test PostgreSQL and points the service's reactive pool at it, so a test can
 * make the database go away ({@link TcpProxy#cut()}) and come back. The test class gets the proxy in a field of type
 * {@link TcpProxy}.
 */
public class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {

    private TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        DatabaseUrl db = DatabaseUrl.parse("DATABASE_URL", RealServices.endpoints().databaseUrl());
        try {
            proxy = TcpProxy.to(db.host(), db.port());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the proxy", e);
        }
        DatabaseUrl proxied = new DatabaseUrl("127.0.0.1", proxy.port(), db.database(), db.user(), db.password(), db.params());
        return Map.of("quarkus.datasource.reactive.url", proxied.reactiveUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(TcpProxy.class));
    }

    @Override
    public void stop() {
        proxy.close();
    }

    /** The test profile of a class that needs only this resource: {@code @TestProfile(ProxiedDatabase.Profile.class)}. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProxiedDatabase.class));
        }
    }
}
