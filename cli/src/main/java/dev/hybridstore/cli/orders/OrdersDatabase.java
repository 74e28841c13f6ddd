package dev.hybridstore.cli.orders;

import dev.hybridstore.cli.orders.OrderCatalog.PricedProduct;
import dev.hybridstore.cli.postgres.Postgres;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** What the orders commands read in PostgreSQL directly: users and products to order with, and a run's stored orders. */
@ApplicationScoped
public class OrdersDatabase {

    private static final String COPY_TABLE = "orders_bench_copy";

    @Inject
    Postgres database;

    private Connection connect() throws SQLException {
        return database.connect();
    }

    /** Up to {@code n} random users and priced products. */
    OrderCatalog catalog(int n) throws SQLException {
        List<String> users = new ArrayList<>();
        List<PricedProduct> products = new ArrayList<>();
        try (Connection c = connect();
                PreparedStatement u = c.prepareStatement("SELECT user_id FROM users ORDER BY random() LIMIT ?");
                PreparedStatement p = c.prepareStatement("SELECT product_id, price FROM products WHERE price IS NOT NULL ORDER BY random() LIMIT ?")) {
            u.setInt(1, n);
            try (ResultSet r = u.executeQuery()) {
                while (r.next()) {
                    users.add(r.getString(1));
                }
            }
            p.setInt(1, n);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    products.add(new PricedProduct(r.getString(1), r.getInt(2)));
                }
            }
        }
        return new OrderCatalog(users, products);
    }

    /**
     * Stored orders of one run and their distinct ids. order_id is COLLATE "C" (V1), so the prefix LIKE is a range scan
     * of the primary key: cheap enough once a second.
     */
    long[] stored(String prefix) throws SQLException {
        return single("SELECT count(*), count(DISTINCT order_id) FROM orders WHERE order_id LIKE ?", prefix + "-%");
    }

    /** Deletes one run's orders (a benchmark's), and refreshes the planner's statistics after a bulk change. */
    void deleteRun(String prefix) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("DELETE FROM orders WHERE order_id LIKE ?");
                Statement vacuum = c.createStatement()) {
            s.setString(1, prefix + "-%");
            s.executeUpdate();
            vacuum.execute("VACUUM ANALYZE orders");
        }
    }

    /**
     * Seconds that COPY of one run's stored rows takes into an empty table shaped like orders: LIKE ... INCLUDING ALL
     * brings the primary key, indexes, defaults and checks, and the foreign keys are added as on orders, so both pay
     * the same per-row costs. Durable like the pipeline's commits (synchronous_commit on, whatever the server's
     * default): the consumer commits once per batch, COPY once.
     */
    double copySeconds(String prefix) throws SQLException, IOException {
        if (!prefix.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("not a run prefix: " + prefix); // COPY takes no parameters
        }
        Path rows = Files.createTempFile("bench-orders", ".copy");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream out = Files.newOutputStream(rows)) {
                copy.copyOut("COPY (SELECT * FROM orders WHERE order_id LIKE '" + prefix + "-%') TO STDOUT", out);
            }
            s.execute("DROP TABLE IF EXISTS " + COPY_TABLE);
            s.execute("CREATE TABLE " + COPY_TABLE + " (LIKE orders INCLUDING ALL)");
            List<String> foreignKeys = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'orders'::regclass AND contype = 'f'")) {
                while (r.next()) {
                    foreignKeys.add(r.getString(1));
                }
            }
            for (String fk : foreignKeys) {
                s.execute("ALTER TABLE " + COPY_TABLE + " ADD " + fk);
            }
            s.execute("SET synchronous_commit = on");
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(rows)) {
                copy.copyIn("COPY " + COPY_TABLE + " FROM STDIN", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("DROP TABLE " + COPY_TABLE);
            return seconds;
        } finally {
            Files.deleteIfExists(rows);
        }
    }

    void dropCopyTable() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + COPY_TABLE);
        }
    }

    private long[] single(String sql, String parameter) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long[] values = new long[r.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = r.getLong(i + 1);
                }
                return values;
            }
        }
    }
}
