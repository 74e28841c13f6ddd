package dev.hybridstore.coreapi.catalog;

import static dev.hybridstore.coreapi.catalog.CatalogTables.EVENTS;
import static dev.hybridstore.coreapi.catalog.CatalogTables.PROJECTS;
import static dev.hybridstore.coreapi.catalog.CatalogTables.SEASONS;

import dev.hybridstore.model.catalog.Event;
import dev.hybridstore.platform.problem.ProblemException;
import dev.hybridstore.platform.sql.Sql;
import dev.hybridstore.platform.sql.SqlTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Creates a project, its seasons and their events in one transaction, each season (with its events) inside a
 * savepoint: a season the database or the validation refuses is rolled back alone and reported, and the rest commits.
 */
@ApplicationScoped
public class CatalogTreeService {

    @Inject
    Sql sql;
    @Inject
    CatalogRepository rows;
    @Inject
    Validator validator;

    /** A project the database refuses (its code taken) fails the whole request: there is nothing to attach seasons to. */
    public Uni<CatalogTree.Created> create(CatalogTree tree) {
        return sql.transaction(tx -> rows.insert(tx, PROJECTS, null, tree.project()).map(Optional::orElseThrow)
                        .chain(project -> Multi.createFrom()
                        .range(0, tree.seasons().size())
                        .onItem().transformToUniAndConcatenate(i -> season(tx, project.id(), i, tree.seasons().get(i)))
                        .collect().asList()
                        .map(outcomes -> created(project.id(), outcomes))))
                .onFailure().transform(Constraints::translate)
                .invoke(created -> Log.infof("Catalog tree: project %s with %d season(s), %d skipped", created.projectId(),
                        created.seasons().size(), created.skipped().size()));
    }

    private Uni<Outcome> season(SqlTransaction tx, UUID projectId, int index, CatalogTree.SeasonBranch branch) {
        String invalid = violations(branch);
        if (!invalid.isEmpty()) {
            return Uni.createFrom().item(Outcome.skipped(index, invalid));
        }
        List<Event> branchEvents = branch.events() == null ? List.of() : branch.events();
        return tx.savepoint(sp -> rows.insert(sp, SEASONS, projectId, branch.season())
                        .map(season -> season.orElseThrow(() -> CatalogService.taken(SEASONS, projectId, branch.season())))
                        .chain(season -> Multi.createFrom().iterable(branchEvents)
                                .onItem().transformToUniAndConcatenate(event -> rows.insert(sp, EVENTS, season.id(), event)
                                        .map(Optional::orElseThrow))
                                .map(Event::id).collect().asList()
                                .map(eventIds -> Outcome.created(new CatalogTree.CreatedSeason(index, season.id(), season.year(), eventIds)))))
                // Only refusals of this season are recovered; anything else (a lost connection) fails the request.
                .onFailure(e -> e instanceof PgException || e instanceof ProblemException)
                .recoverWithItem(e -> Outcome.skipped(index, reason(e)));
    }

    /** The season's and its events' validation errors as one line ("season.year: ...; events[1].name: ..."), or empty. */
    private String violations(CatalogTree.SeasonBranch branch) {
        if (branch.season() == null) {
            return "season: must not be null";
        }
        // The branch's own bounds (how many events), then the season and each event.
        List<String> errors = new ArrayList<>(describe("", validator.validate(branch)));
        errors.addAll(describe("season.", validator.validate(branch.season())));
        List<Event> branchEvents = branch.events() == null ? List.of() : branch.events();
        for (int i = 0; i < branchEvents.size(); i++) {
            errors.addAll(branchEvents.get(i) == null ? List.of("events[" + i + "]: must not be null")
                    : describe("events[" + i + "].", validator.validate(branchEvents.get(i))));
        }
        return String.join("; ", errors);
    }

    private static List<String> describe(String prefix, Set<? extends ConstraintViolation<?>> violations) {
        // Property paths are already the JSON names (JsonPropertyNames).
        return violations.stream().map(v -> prefix + v.getPropertyPath() + ": " + v.getMessage()).sorted()
                .collect(Collectors.toList());
    }

    private static String reason(Throwable e) {
        return e instanceof PgException pg ? Constraints.describe(pg) : e.getMessage();
    }

    private static CatalogTree.Created created(UUID projectId, List<Outcome> outcomes) {
        return new CatalogTree.Created(projectId,
                outcomes.stream().filter(o -> o.created() != null).map(Outcome::created).toList(),
                outcomes.stream().filter(o -> o.skipped() != null).map(Outcome::skipped).toList());
    }

    /** One season's fate: created or skipped. */
    private record Outcome(CatalogTree.CreatedSeason created, CatalogTree.Skipped skipped) {
        static Outcome created(CatalogTree.CreatedSeason season) {
            return new Outcome(season, null);
        }

        static Outcome skipped(int index, String reason) {
            return new Outcome(null, new CatalogTree.Skipped(index, reason));
        }
    }
}
