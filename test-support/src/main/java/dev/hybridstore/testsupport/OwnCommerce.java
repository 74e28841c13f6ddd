package dev.hybridstore.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Commerce rows a test class makes before its tests under its own id prefix, and deletes with every other row of that
 * prefix after them: what {@link OwnShop} and {@link OwnStores} share.
 */
public abstract class OwnCommerce implements BeforeAllCallback, AfterAllCallback {

    final TestIds ids;

    OwnCommerce(String tag) {
        this.ids = TestIds.create(tag);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        CommerceFixtures.deleteOwnRows(ids);
    }

    /** The ids of the class's other rows, under the same prefix, so they are deleted with these. */
    public TestIds ids() {
        return ids;
    }
}
