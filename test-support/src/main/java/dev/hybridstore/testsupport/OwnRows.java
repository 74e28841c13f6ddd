package dev.hybridstore.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Removes a test class's own rows after it ran, so reruns on a dirty database start from the same state. As an extension
 * it does so after the class's tests: {@code @RegisterExtension static final OwnRows ROWS = OwnRows.deletedAfterAll(...)}.
 */
public final class OwnRows implements AfterAllCallback {

    private final String likePattern;
    private final String[] statements;

    private OwnRows(String likePattern, String[] statements) {
        this.likePattern = likePattern;
        this.statements = statements;
    }

    /** Runs {@link #delete} with these arguments after the class's tests. */
    public static OwnRows deletedAfterAll(String likePattern, String... statements) {
        return new OwnRows(likePattern, statements);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        delete(likePattern, statements);
    }

    /** Runs each statement, in order (children before parents), with every {@code ?} bound to the LIKE pattern. */
    public static void delete(String likePattern, String... statements) throws SQLException {
        try (Connection db = Migrations.connect(RealServices.endpoints().databaseUrl())) {
            for (String sql : statements) {
                try (PreparedStatement delete = db.prepareStatement(sql)) {
                    for (int i = 1; i <= delete.getParameterMetaData().getParameterCount(); i++) {
                        delete.setString(i, likePattern);
                    }
                    delete.executeUpdate();
                }
            }
        }
    }
}
