package dev.hybridstore.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own {@link CommerceFixtures#shop shop}, made before its tests and deleted with every row of its prefix
 * after them. Registered as a static field: {@code @RegisterExtension static final OwnShop SHOP = OwnShop.tagged("KDN");}
 */
public final class OwnShop implements BeforeAllCallback, AfterAllCallback {

    private final TestIds ids;
    private CommerceFixtures.Shop shop;

    private OwnShop(TestIds ids) {
        this.ids = ids;
    }

    public static OwnShop tagged(String tag) {
        return new OwnShop(TestIds.create(tag));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        shop = CommerceFixtures.shop(ids);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        CommerceFixtures.deleteOwnRows(ids);
    }

    /** The ids of the class's other rows, under the same prefix, so they are deleted with the shop. */
    public TestIds ids() {
        return ids;
    }

    public String user() {
        return ids.prefix() + "_user";
    }

    public String product() {
        return ids.prefix() + "_product";
    }

    public long store() {
        return shop.store();
    }
}
