package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Project;
import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.platform.sql.SqlOps;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

@Singleton
class ProjectRepository extends SoftDeleteRepository<Project> {

    private static final String INSERT = """
            INSERT INTO pokervod.projects (code, name, description, nas_base_path, is_active)
            VALUES ($1, $2, $3, $4, COALESCE($5, true)) RETURNING\s""" + Project.COLUMNS;
    private static final String UPDATE = """
            UPDATE pokervod.projects
               SET code = $2, name = $3, description = $4, nas_base_path = $5, is_active = COALESCE($6, true), updated_at = now()
             WHERE id = $1 AND deleted_at IS NULL RETURNING\s""" + Project.COLUMNS;

    ProjectRepository(Sql sql) {
        super(sql, "Project", "pokervod.projects", Project.COLUMNS, "code, id", Project::fromRow);
    }

    Uni<Project> insert(SqlOps on, Project p) {
        return on.fetchOne(INSERT, Tuple.of(p.code(), p.name(), p.description(), p.nasBasePath(), p.isActive()), Project::fromRow)
                .map(Optional::orElseThrow);
    }

    Uni<Optional<Project>> update(UUID id, Project p) {
        return sql.fetchOne(UPDATE, Tuple.of(id, p.code(), p.name(), p.description(), p.nasBasePath(), p.isActive()), Project::fromRow);
    }
}
