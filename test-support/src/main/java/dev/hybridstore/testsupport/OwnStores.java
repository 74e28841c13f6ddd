package dev.hybridstore.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own stores, {@code <prefix> main} and (given a second region) {@code <prefix> other}, made before its
 * tests and its {@code @BeforeAll} methods, and deleted with every row of its prefix after them. Registered as a static
 * field: {@code @RegisterExtension static final OwnStores STORES = OwnStores.tagged("RPT", "Seoul", "Seoul");}
 */
public final class OwnStores implements BeforeAllCallback, AfterAllCallback {

    private final TestIds ids;
    private final String mainRegion;
    private final String otherRegion;
    private long main;
    private long other;

    private OwnStores(TestIds ids, String mainRegion, String otherRegion) {
        this.ids = ids;
        this.mainRegion = mainRegion;
        this.otherRegion = otherRegion;
    }

    /** One store, in the region. */
    public static OwnStores tagged(String tag, String region) {
        return new OwnStores(TestIds.create(tag), region, null);
    }

    /** A main store and another, each in its region. */
    public static OwnStores tagged(String tag, String mainRegion, String otherRegion) {
        return new OwnStores(TestIds.create(tag), mainRegion, otherRegion);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try (CommerceFixtures db = CommerceFixtures.open()) {
            main = db.store(ids.prefix() + " main", mainRegion);
            if (otherRegion != null) {
                other = db.store(ids.prefix() + " other", otherRegion);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        CommerceFixtures.deleteOwnRows(ids);
    }

    /** The ids of the class's other rows, under the same prefix, so they are deleted with the stores. */
    public TestIds ids() {
        return ids;
    }

    public long main() {
        return main;
    }

    public long other() {
        if (otherRegion == null) {
            throw new IllegalStateException("made with one store");
        }
        return other;
    }
}
