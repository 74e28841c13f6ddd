package dev.hybridstore.testsupport;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own ids, and after its tests the rows they name deleted for real, with every {@code ?} of the
 * statements bound to {@code likePattern}. Registered as a static field:
 * {@code @RegisterExtension static final OwnIds IDS = OwnIds.deletedAfterAll("CAT", "%s%%", "DELETE … LIKE ?");}
 */
public record OwnIds(TestIds ids, String likePattern, String... deletes) implements AfterAllCallback {

    /** Ids tagged {@code tag}; the pattern is {@code likeFormat} with their prefix, e.g. "/%s%%" for paths under it. */
    public static OwnIds deletedAfterAll(String tag, String likeFormat, String... deletes) {
        TestIds ids = TestIds.create(tag);
        return new OwnIds(ids, likeFormat.formatted(ids.prefix()), deletes);
    }

    public String next() {
        return ids.next();
    }

    public String prefix() {
        return ids.prefix();
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        OwnRows.delete(likePattern, deletes);
    }
}
