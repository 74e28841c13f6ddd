package dev.hybridstore.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Removes a test class's own rows after it ran, so reruns on a dirty database start from the same state. */
public final class OwnRows {

    private OwnRows() {
    }

    /** Runs each statement, in order (children before parents), with its one {@code ?} bound to the LIKE pattern. */
    public static void delete(String likePattern, String... statements) throws SQLException {
        try (Connection db = Migrations.connect(RealServices.endpoints().databaseUrl())) {
            for (String sql : statements) {
                try (PreparedStatement delete = db.prepareStatement(sql)) {
                    delete.setString(1, likePattern);
                    delete.executeUpdate();
                }
            }
        }
    }
}
