package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Project;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.UUID;

@Singleton
public class ProjectService extends SoftDeleteService<Project> {

    private final ProjectRepository projects;
    private final Sql sql;

    ProjectService(ProjectRepository projects, Sql sql) {
        super(projects);
        this.projects = projects;
        this.sql = sql;
    }

    /** A taken code is a 409 (codes stay taken after a soft delete: the unique index covers deleted rows). */
    public Uni<Project> create(Project project) {
        return refusedAsProblem(projects.insert(sql, project));
    }

    public Uni<Project> update(UUID id, Project project) {
        return replaced(id, projects.update(id, project));
    }
}
