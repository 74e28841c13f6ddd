package dev.hybridstore.aiworker.embedding;

import dev.hybridstore.testsupport.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain JDBC on the test database: rows written and read around the service, as core-api would write them. */
final class TestRows implements AutoCloseable {

    /** One row's embedding state as stored. */
    record Stored(String embedding, String hash, Timestamp embeddedAt, String expectedHash) {
        boolean embedded() {
            return embedding != null;
        }
    }

    private final TestDatabase db = new TestDatabase();
    private final List<Long> questions = new ArrayList<>();
    private final List<Long> manuals = new ArrayList<>();
    private final List<Long> stores = new ArrayList<>();

    long question(String content, String companyId) throws SQLException {
        long id = db.longValue("INSERT INTO questions (company_id, category, content) VALUES (?, 'test', ?) RETURNING id", companyId, content);
        questions.add(id);
        return id;
    }

    /** A manual of a store of its own (named with the test's prefix, deleted with it). */
    long manual(String title, String body) throws SQLException {
        long store = db.longValue("INSERT INTO stores (name) VALUES (?) RETURNING store_id", title);
        stores.add(store);
        long id = db.longValue("INSERT INTO manuals (store_id, title, body) VALUES (?, ?, ?) RETURNING id", store, title, body);
        manuals.add(id);
        return id;
    }

    void company(String id) throws SQLException {
        update("INSERT INTO companies (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING", id, id);
    }

    Stored question(long id) throws SQLException {
        return stored("SELECT embedding::text, embedding_hash, embedded_at, md5('local:all-minilm-l6-v2-q:' || content) FROM questions WHERE id = ?", id);
    }

    Stored manual(long id) throws SQLException {
        return stored("SELECT embedding::text, embedding_hash, embedded_at, md5('local:all-minilm-l6-v2-q:' || title || E'\\n' || body) FROM manuals WHERE id = ?", id);
    }

    /** The failure bookkeeping of a row: attempts and last error, if any. */
    Optional<String[]> state(String source, long key) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT attempts, last_error FROM embedding_states WHERE source = ? AND key = ?")) {
            ps.setString(1, source);
            ps.setLong(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
            }
        }
    }

    int update(String sql, Object... params) {
        return db.update(sql, params);
    }

    /** Deletes the rows this instance inserted, their bookkeeping, and the companies named with the prefix. */
    void cleanUp(String prefix) throws SQLException {
        Long[] q = questions.toArray(Long[]::new);
        Long[] m = manuals.toArray(Long[]::new);
        update("DELETE FROM embedding_states WHERE source = 'questions' AND key = ANY(?)", db.connection().createArrayOf("bigint", q));
        update("DELETE FROM embedding_states WHERE source = 'manuals' AND key = ANY(?)", db.connection().createArrayOf("bigint", m));
        update("DELETE FROM questions WHERE id = ANY(?)", db.connection().createArrayOf("bigint", q));
        update("DELETE FROM manuals WHERE id = ANY(?)", db.connection().createArrayOf("bigint", m));
        update("DELETE FROM stores WHERE store_id = ANY(?)", db.connection().createArrayOf("bigint", stores.toArray(Long[]::new)));
        update("DELETE FROM companies WHERE id LIKE ?", prefix + "%");
        questions.clear();
        manuals.clear();
        stores.clear();
    }

    @Override
    public void close() {
        db.close();
    }

    private Stored stored(String sql, long id) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Stored(rs.getString(1), rs.getString(2), rs.getTimestamp(3), rs.getString(4));
            }
        }
    }
}
