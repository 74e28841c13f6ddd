package dev.hybridstore.aiworker.bench;

import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The benchmark's own question rows: inserted unembedded, removed afterwards with their bookkeeping. */
@ApplicationScoped
public class BenchRepository {

    private static final String INSERT = "INSERT INTO questions (category, content) SELECT 'bench', unnest($1::text[]) RETURNING id";
    private static final String DELETE = """
            WITH state AS (DELETE FROM embedding_states WHERE source = 'questions' AND key = ANY($1::bigint[]))
            DELETE FROM questions WHERE id = ANY($1::bigint[])""";
    // An empty copy of questions with its indexes, the HNSW one included; it goes with the transaction.
    private static final String INDEXED_COPY = "CREATE TEMP TABLE bench_indexed_write (LIKE questions INCLUDING INDEXES) ON COMMIT DROP";
    private static final String WRITE_COPY = "INSERT INTO bench_indexed_write SELECT * FROM questions WHERE id = ANY($1::bigint[])";

    @Inject
    Sql sql;

    Uni<List<Long>> insert(List<String> texts) {
        return sql.transaction(tx -> tx.fetchAll(INSERT, Tuple.of(texts.toArray(String[]::new)), r -> r.getLong("id")));
    }

    /** Seconds PostgreSQL alone takes to store the embedded rows, every index included, in an identical empty table. */
    Uni<Double> timeIndexedWrite(List<Long> ids) {
        return sql.transaction(tx -> tx.execute(INDEXED_COPY, Tuple.tuple()).chain(() -> {
            long start = System.nanoTime();
            return tx.execute(WRITE_COPY, Tuple.of(ids.toArray(Long[]::new))).map(written -> (System.nanoTime() - start) / 1e9);
        }));
    }

    Uni<Integer> delete(List<Long> ids) {
        return sql.execute(DELETE, Tuple.of(ids.toArray(Long[]::new)));
    }
}
