package dev.hybridstore.cli.chaos;

import dev.hybridstore.cli.postgres.Postgres;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** What the campaign reads and writes in PostgreSQL directly: the stored orders it counts, the rows it has embedded. */
@ApplicationScoped
public class ChaosDatabase {

    @Inject
    Postgres database;

    /** Stored orders of one user, counted per logical order (the shipping_cost the load tagged it with). */
    Map<Integer, Integer> storedPerLogicalOrder(String userId) throws SQLException {
        Map<Integer, Integer> counts = new HashMap<>();
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("SELECT shipping_cost, count(*) FROM orders WHERE user_id = ? GROUP BY shipping_cost")) {
            s.setString(1, userId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getInt(1), r.getInt(2));
                }
            }
        }
        return counts;
    }

    /** A company with {@code n} new questions, all pending for ai-worker. */
    void addPendingQuestions(String companyId, int n) throws SQLException {
        try (Connection c = connect();
                PreparedStatement company = c.prepareStatement("INSERT INTO companies (id, name) VALUES (?, ?)");
                PreparedStatement questions = c.prepareStatement("INSERT INTO questions (company_id, category, content) "
                        + "SELECT ?, 'chaos', '장애 대응 질문 ' || g || ': ' || ? FROM generate_series(1, ?) g")) {
            company.setString(1, companyId);
            company.setString(2, "chaos " + companyId);
            company.executeUpdate();
            questions.setString(1, companyId);
            questions.setString(2, companyId);
            questions.setInt(3, n);
            questions.executeUpdate();
        }
    }

    /** The company's questions whose stored vector is current for {@code model} (its hash covers model and text). */
    long currentVectors(String companyId, String model) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM questions WHERE company_id = ? AND embedding IS NOT NULL "
                        + "AND embedding_hash = md5(?::text || ':' || content)")) {
            s.setString(1, companyId);
            s.setString(2, model);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private Connection connect() throws SQLException {
        return database.connect();
    }
}
