package dev.hybridstore.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own stores, {@code <prefix> main} and (given a second region) {@code <prefix> other}, made before its
 * tests and its {@code @BeforeAll} methods, and deleted with every row of its prefix after them. Registered as a static
 * field: {@code @RegisterExtension static final OwnStores STORES = OwnStores.tagged("RPT", "Seoul", "Seoul");}
 */
public final class OwnStores extends OwnCommerce {

    private static final List<String> NAMES = List.of("main", "other");

    private final List<String> regions;
    private final List<Long> stores = new ArrayList<>();

    private OwnStores(String tag, List<String> regions) {
        super(tag);
        this.regions = regions;
    }

    /** One store, in the region. */
    public static OwnStores tagged(String tag, String region) {
        return new OwnStores(tag, List.of(region));
    }

    /** A main store and another, each in its region. */
    public static OwnStores tagged(String tag, String mainRegion, String otherRegion) {
        return new OwnStores(tag, List.of(mainRegion, otherRegion));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try (CommerceFixtures db = CommerceFixtures.open()) {
            for (int i = 0; i < regions.size(); i++) {
                stores.add(db.store(ids.prefix() + " " + NAMES.get(i), regions.get(i)));
            }
        }
    }

    public long main() {
        return stores.get(0);
    }

    /** Only of stores made with two regions. */
    public long other() {
        return stores.get(1);
    }
}
