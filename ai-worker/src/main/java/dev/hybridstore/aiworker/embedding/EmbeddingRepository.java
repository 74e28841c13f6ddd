package dev.hybridstore.aiworker.embedding;

import dev.hybridstore.embedding.Embedder;
import dev.hybridstore.embedding.VectorText;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The embedding work's SQL: claims, writes and failures on the declared sources and embedding_states. */
@ApplicationScoped
public class EmbeddingRepository {

    // Backoff doubles per attempt (capped): attempts is the count before this failure, and never passes $6.
    private static final String FAIL = """
            UPDATE embedding_states SET attempts = least(attempts + 1, $6::int), last_error = $3, claimed_until = NULL, updated_at = now(),
              next_attempt_at = now() + interval '1 millisecond' * least($4::bigint * power(2, least(attempts, 30)), $5::bigint)
            WHERE source = $1 AND key = ANY($2::bigint[])
            RETURNING attempts""";
    private static final String COLUMN_DIMENSION = """
            SELECT a.atttypmod AS dimension, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
            WHERE a.attrelid = to_regclass($1) AND a.attname = $2 AND NOT a.attisdropped""";

    private final Sql sql;
    /** Part of every text hash: vectors of another model are stale like vectors of other text. */
    private final String model;

    EmbeddingRepository(Sql sql, Embedder embedder) {
        this.sql = sql;
        this.model = embedder.model();
    }

    /** Claims up to {@code limit} rows with keys above {@code after}, in key order. */
    Uni<List<ClaimedRow>> claimAfter(SourceSql source, long after, int limit, int maxAttempts, Duration lease, Map<String, String> filter) {
        return sql.fetchAll(source.claimAfter(), claimParams(source, after, limit, maxAttempts, lease, filter), EmbeddingRepository::claimed);
    }

    /** Claims those of {@code keys} that need embedding. */
    Uni<List<ClaimedRow>> claimKeys(SourceSql source, List<Long> keys, int maxAttempts, Duration lease) {
        return sql.fetchAll(source.claimKeys(), claimParams(source, keys.toArray(Long[]::new), keys.size(), maxAttempts, lease, Map.of()),
                EmbeddingRepository::claimed);
    }

    /** Stores vectors (as pgvector text) for rows whose text still hashes as embedded, and releases the claims. */
    Uni<Long> write(SourceSql source, List<ClaimedRow> rows, List<float[]> vectors) {
        Long[] keys = rows.stream().map(ClaimedRow::key).toArray(Long[]::new);
        String[] hashes = rows.stream().map(ClaimedRow::hash).toArray(String[]::new);
        String[] texts = vectors.stream().map(VectorText::of).toArray(String[]::new);
        return sql.fetchOne(source.write(), Tuple.of(source.name(), keys, hashes, texts, model), r -> r.getLong("written")).map(n -> n.orElse(0L));
    }

    /** Records a failed attempt for the rows (counting up to {@code attemptCap}) and releases them; returns their counts. */
    Uni<List<Integer>> fail(String source, List<Long> keys, String error, Duration retryDelay, Duration maxRetryDelay, int attemptCap) {
        return sql.fetchAll(FAIL, Tuple.from(new Object[] {source, keys.toArray(Long[]::new), error, retryDelay.toMillis(),
                maxRetryDelay.toMillis(), attemptCap}), r -> r.getInteger("attempts"));
    }

    Uni<Long> backlog(SourceSql source, int maxAttempts) {
        return sql.fetchOne(source.backlog(), Tuple.of(source.name(), maxAttempts, model), r -> r.getLong("backlog")).map(n -> n.orElse(0L));
    }

    /** Rows of the source whose current text failed: given up, and waiting for their next try. */
    Uni<Failures> failures(SourceSql source, int maxAttempts) {
        return sql.fetchOne(source.failures(), Tuple.of(source.name(), maxAttempts, model),
                r -> new Failures(r.getLong("given_up"), r.getLong("retrying"))).map(n -> n.orElse(new Failures(0, 0)));
    }

    record Failures(long givenUp, long retrying) {
    }

    Uni<Integer> forgetSettled(SourceSql source) {
        return sql.execute(source.forget(), Tuple.of(source.name(), model));
    }

    /** The declared dimension of a vector column, or empty when the column does not exist. */
    Uni<Optional<ColumnType>> columnType(String table, String column) {
        return sql.fetchOne(COLUMN_DIMENSION, Tuple.of(table, column), r -> new ColumnType(r.getInteger("dimension"), r.getString("type")));
    }

    record ColumnType(int dimension, String type) {
    }

    private Tuple claimParams(SourceSql source, Object cursorOrKeys, int limit, int maxAttempts, Duration lease,
            Map<String, String> filter) {
        List<Object> params = new ArrayList<>(List.of(source.name(), cursorOrKeys, limit, maxAttempts, lease.toMillis(), model));
        source.filters().forEach(column -> params.add(filter.get(column)));
        return Tuple.from(params);
    }

    private static ClaimedRow claimed(Row r) {
        return new ClaimedRow(r.getLong("key"), r.getString("text"), r.getString("hash"), r.getBoolean("claimed"));
    }
}
