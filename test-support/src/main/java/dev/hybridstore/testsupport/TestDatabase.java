package dev.hybridstore.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on the test database, in autocommit: rows a test writes or reads beside the service under test. SQL errors
 * become unchecked, because a test cannot do anything about them but fail.
 */
public class TestDatabase implements AutoCloseable {

    private final Connection db;

    public TestDatabase() {
        this(RealServices.endpoints().databaseUrl());
    }

    /** Another server of the test stack, such as the standby. */
    public TestDatabase(String databaseUrl) {
        try {
            this.db = Migrations.connect(databaseUrl);
            db.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection connection() {
        return db;
    }

    /** Runs a statement with {@code ?} parameters; the number of rows it changed. */
    public int update(String sql, Object... params) {
        try (PreparedStatement st = prepare(sql, params)) {
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, e.g. a count or an id from {@code RETURNING}. */
    public long longValue(String sql, Object... params) {
        try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row from: " + sql);
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as text. */
    public List<String> strings(String sql, Object... params) {
        try (PreparedStatement st = prepare(sql, params); ResultSet rs = st.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement st = db.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
        return st;
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
