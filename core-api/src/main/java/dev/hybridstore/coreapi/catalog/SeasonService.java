package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Season;
import dev.hybridstore.platform.problem.ProblemException;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

@Singleton
public class SeasonService extends SoftDeleteService<Season> {

    private final SeasonRepository seasons;
    private final ProjectRepository projects;
    private final Sql sql;

    SeasonService(SeasonRepository seasons, ProjectRepository projects, Sql sql) {
        super(seasons);
        this.seasons = seasons;
        this.projects = projects;
        this.sql = sql;
    }

    public Uni<Season> create(UUID projectId, Season season) {
        return requireLive(projects, projectId)
                .chain(() -> refusedAsProblem(seasons.insert(sql, projectId, season)))
                .map(created -> created.orElseThrow(() -> yearTaken(projectId, season.year())));
    }

    public Uni<Season> update(UUID id, Season season) {
        return replaced(id, seasons.update(id, season));
    }

    public Uni<List<Season>> ofProject(UUID projectId, int page, int limit) {
        return requireLive(projects, projectId).chain(() -> seasons.ofProject(projectId, page, limit));
    }

    static ProblemException yearTaken(UUID projectId, Integer year) {
        return ProblemException.conflict("Project '" + projectId + "' already has a season for " + year);
    }
}
