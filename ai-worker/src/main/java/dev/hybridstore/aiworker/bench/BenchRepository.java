package dev.hybridstore.aiworker.bench;

import dev.hybridstore.model.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The benchmark's own question rows: inserted unembedded, removed afterwards with their bookkeeping. */
@ApplicationScoped
public class BenchRepository {

    private static final String INSERT = "INSERT INTO questions (category, content) SELECT 'bench', unnest($1::text[]) RETURNING id";
    private static final String DELETE = """
            WITH state AS (DELETE FROM embedding_state WHERE source = 'questions' AND key = ANY($1::bigint[]))
            DELETE FROM questions WHERE id = ANY($1::bigint[])""";

    private final Sql sql;

    BenchRepository(Sql sql) {
        this.sql = sql;
    }

    Uni<List<Long>> insert(List<String> texts) {
        return sql.transaction(tx -> tx.fetchAll(INSERT, Tuple.of(texts.toArray(String[]::new)), r -> r.getLong("id")));
    }

    Uni<Integer> delete(List<Long> ids) {
        return sql.execute(DELETE, Tuple.of(ids.toArray(Long[]::new)));
    }
}
