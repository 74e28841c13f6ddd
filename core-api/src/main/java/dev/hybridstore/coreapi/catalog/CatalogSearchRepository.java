package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.platform.sql.ReadSql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
class CatalogSearchRepository {

    /**
     * Each WHERE repeats its GIN index's expression exactly (V3: to_tsvector('english', display_title) and
     * to_tsvector('english', coalesce(notes, ''))): any other spelling would scan the tables. Package-private so a test
     * can EXPLAIN it.
     */
    static final String SEARCH = """
            SELECT kind, id, title, text, rank FROM (
              SELECT 'video_file' AS kind, v.id, v.display_title AS title, v.display_title AS text,
                     ts_rank(to_tsvector('english', v.display_title), websearch_to_tsquery('english', $1)) AS rank
                FROM pokervod.video_files v
               WHERE to_tsvector('english', v.display_title) @@ websearch_to_tsquery('english', $1) AND v.deleted_at IS NULL
              UNION ALL
              SELECT 'hand_clip', c.id, c.title, c.notes,
                     ts_rank(to_tsvector('english', coalesce(c.notes, '')), websearch_to_tsquery('english', $1))
                FROM pokervod.hand_clips c
               WHERE to_tsvector('english', coalesce(c.notes, '')) @@ websearch_to_tsquery('english', $1) AND c.deleted_at IS NULL
            ) hits
            ORDER BY rank DESC, id LIMIT $2 OFFSET $3""";

    @Inject
    ReadSql sql;

    Uni<List<CatalogHit>> search(String query, int page, int limit) {
        return sql.fetchAll(SEARCH, Tuple.of(query, limit, CatalogRepository.offset(page, limit)), CatalogSearchRepository::hit);
    }

    private static CatalogHit hit(Row r) {
        return new CatalogHit(r.getString("kind"), r.getUUID("id"), r.getString("title"), r.getString("text"), r.getFloat("rank"));
    }
}
