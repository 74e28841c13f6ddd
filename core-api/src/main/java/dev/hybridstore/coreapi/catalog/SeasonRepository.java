package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Season;
import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.platform.sql.SqlOps;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class SeasonRepository extends SoftDeleteRepository<Season> {

    /**
     * One live season per project and year (seed 004: a season per year). The schema has no unique key for it, so the
     * insert itself checks and returns no row when the year is taken.
     */
    private static final String INSERT = """
            INSERT INTO pokervod.seasons (project_id, year, name, location, sub_category, status)
            VALUES ($1, $2, $3, $4, $5, COALESCE($6, 'active'))
            ON CONFLICT (project_id, year) WHERE deleted_at IS NULL DO NOTHING
            RETURNING\s""" + Season.COLUMNS;
    private static final String UPDATE = """
            UPDATE pokervod.seasons
               SET year = $2, name = $3, location = $4, sub_category = $5, status = COALESCE($6, 'active'), updated_at = now()
             WHERE id = $1 AND deleted_at IS NULL RETURNING\s""" + Season.COLUMNS;
    private static final String OF_PROJECT = "SELECT " + Season.COLUMNS + """
             FROM pokervod.seasons WHERE project_id = $1 AND deleted_at IS NULL
            ORDER BY year, id LIMIT $2 OFFSET $3""";

    SeasonRepository(Sql sql) {
        super(sql, "Season", "pokervod.seasons", Season.COLUMNS, "project_id, year, id", Season::fromRow);
    }

    /** Empty when the project already has a live season for that year. */
    Uni<Optional<Season>> insert(SqlOps on, UUID projectId, Season s) {
        return on.fetchOne(INSERT, Tuple.of(projectId, s.year(), s.name(), s.location(), s.subCategory(), s.status()), Season::fromRow);
    }

    Uni<Optional<Season>> update(UUID id, Season s) {
        return sql.fetchOne(UPDATE, Tuple.of(id, s.year(), s.name(), s.location(), s.subCategory(), s.status()), Season::fromRow);
    }

    Uni<List<Season>> ofProject(UUID projectId, int page, int limit) {
        return fetchPage(OF_PROJECT, projectId, page, limit);
    }
}
