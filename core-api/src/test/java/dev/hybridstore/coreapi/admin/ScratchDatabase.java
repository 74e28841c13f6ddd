package dev.hybridstore.coreapi.admin;

import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An empty database of this test's own, created from template1 (which holds vector and pg_trgm) on the test server and
 * dropped on close: admin operations are exercised there, never on a database someone else uses.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String name;

    private ScratchDatabase(String name) {
        this.name = name;
    }

    public static ScratchDatabase create() throws SQLException {
        String name = "hs_ops_t_" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
        try (Connection c = Migrations.connect(RealServices.endpoints().databaseUrl()); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template1");
        }
        ScratchDatabase db = new ScratchDatabase(name);
        if (db.column("SELECT 1 FROM pg_extension WHERE extname = 'vector'").isEmpty()) {
            db.close();
            throw new IllegalStateException("template1 of the test server lacks the vector extension, so new databases cannot "
                    + "be migrated. Once, as a superuser: psql -d template1 -c 'create extension vector; create extension pg_trgm'");
        }
        return db;
    }

    public String name() {
        return name;
    }

    public Connection connect() throws SQLException {
        return connect(name);
    }

    public static Connection connect(String database) throws SQLException {
        String url = RealServices.endpoints().databaseUrl();
        return Migrations.connect(url.substring(0, url.lastIndexOf('/') + 1) + database);
    }

    public void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    public List<String> column(String query) throws SQLException {
        return columnOf(name, query);
    }

    /** The first column of a query's rows, in {@code database} (null: the service's own). */
    public static List<String> columnOf(String database, String query) throws SQLException {
        String url = RealServices.endpoints().databaseUrl();
        try (Connection c = database == null ? Migrations.connect(url) : connect(database); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(query)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    /** Per table of public and pokervod: md5 over all rows in a fixed order. Equal maps mean equal contents. */
    public Map<String, String> checksums() throws SQLException {
        return checksums(name);
    }

    public static Map<String, String> checksums(String database) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = connect(database); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT format('%I.%I', schemaname, tablename) FROM pg_tables "
                    + "WHERE schemaname IN ('public', 'pokervod') ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) "
                        + "FROM " + table + " t")) {
                    rs.next();
                    out.put(table, rs.getString(1));
                }
            }
        }
        return out;
    }

    public static void drop(String database) throws SQLException {
        try (Connection c = Migrations.connect(RealServices.endpoints().databaseUrl()); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Override
    public void close() throws SQLException {
        drop(name);
    }
}
