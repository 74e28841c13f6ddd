package dev.hybridstore.systemtests.topology;

import dev.hybridstore.testsupport.CommerceFixtures;
import dev.hybridstore.testsupport.TestIds;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's ids on the topology's database, and the commerce rows made under them deleted after its tests:
 * {@code @RegisterExtension static final OwnCommerceRows ROWS = OwnCommerceRows.tagged("SYC");}
 */
public final class OwnCommerceRows implements AfterAllCallback {

    private final TestIds ids;
    private final String databaseUrl;

    private OwnCommerceRows(TestIds ids, String databaseUrl) {
        this.ids = ids;
        this.databaseUrl = databaseUrl;
    }

    public static OwnCommerceRows tagged(String tag) {
        return new OwnCommerceRows(TestIds.create(tag), Topology.fromEnvironment().databaseUrl());
    }

    public TestIds ids() {
        return ids;
    }

    public String prefix() {
        return ids.prefix();
    }

    /** The topology's database, for rows written beside the services and for checks of what they stored. */
    public CommerceFixtures database() {
        return CommerceFixtures.open(databaseUrl);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try (CommerceFixtures db = database()) {
            db.deleteByPrefix(ids.prefix());
        }
    }
}
