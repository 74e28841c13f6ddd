package dev.hybridstore.coreapi.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.catalog.Event;
import dev.hybridstore.model.catalog.Project;
import dev.hybridstore.model.catalog.Season;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A project with its seasons and their events, created in one request (seed 004 §6.2). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CatalogTree(@Valid @NotNull Project project, @NotNull @Size(max = 100) List<SeasonBranch> seasons) {

    /** Deliberately not cascaded by @Valid: each season is checked on its own, so a bad one is skipped, not the tree. */
    public record SeasonBranch(Season season, @Size(max = 500) List<Event> events) {
    }

    /** What was committed, and which seasons were not (by their index in the request). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Created(UUID projectId, List<CreatedSeason> seasons, List<Skipped> skipped) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CreatedSeason(int index, UUID id, int year, List<UUID> eventIds) {
    }

    public record Skipped(int index, String reason) {
    }
}
