package dev.hybridstore.coreapi.admin;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test profiles of the admin API: a token unique to this test run, backups under target/. */
public final class AdminProfiles {

    /** Not a secret: unique per test JVM so a stale token from another run never passes. */
    public static final String TOKEN = "test-admin-token-" + ProcessHandle.current().pid();
    /** Where the profiles' service writes its backups (BACKUP_DIR), relative to the module. */
    static final Path BACKUPS = Path.of("target/admin-backups");

    private AdminProfiles() {
    }

    static Map<String, String> enabled() {
        Map<String, String> config = new HashMap<>();
        config.put("ADMIN_TOKEN", TOKEN);
        config.put("BACKUP_DIR", BACKUPS.toString());
        // A backup blocked by a lock fails fast; the tests provoke that on purpose.
        config.put("hybridstore.admin.lock-wait-timeout", "2s");
        return config;
    }

    /** The admin API on, in a local (non-production) environment. */
    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return enabled();
        }
    }

    /** SUITE_ENV=production: destructive operations need X-Confirm-Database. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return enabled();
        }

        /** RealServices' derived settings (SUITE_ENV included) outrank profile overrides, so this comes in the same way, after it. */
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ProductionEnvironment.class));
        }
    }

    public static class ProductionEnvironment implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("hybridstore.environment", "production");
        }

        @Override
        public void stop() {
        }

        @Override
        public int order() {
            return 1000;
        }
    }

    /**
     * Adds src/test/resources/db/test-migration (V800 with an undo script, V850 without, V900 broken) after the real
     * migrations. Nothing is migrated at start: the tests apply them to scratch databases only.
     */
    public static class WithTestMigrations implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = enabled();
            config.put("quarkus.flyway.locations", "db/migration,db/test-migration");
            config.put("quarkus.flyway.migrate-at-start", "false");
            return config;
        }
    }
}
