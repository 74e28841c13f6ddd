package dev.hybridstore.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own {@link CommerceFixtures#shop shop}, made before its tests and deleted with every row of its prefix
 * after them. Registered as a static field: {@code @RegisterExtension static final OwnShop SHOP = OwnShop.tagged("KDN");}
 */
public final class OwnShop extends OwnCommerce {

    private CommerceFixtures.Shop shop;

    private OwnShop(String tag) {
        super(tag);
    }

    public static OwnShop tagged(String tag) {
        return new OwnShop(tag);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        shop = CommerceFixtures.shop(ids);
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
