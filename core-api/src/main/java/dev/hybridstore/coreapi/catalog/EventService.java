package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Event;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

@Singleton
public class EventService extends SoftDeleteService<Event> {

    private final EventRepository events;
    private final SeasonRepository seasons;
    private final Sql sql;

    EventService(EventRepository events, SeasonRepository seasons, Sql sql) {
        super(events);
        this.events = events;
        this.seasons = seasons;
        this.sql = sql;
    }

    public Uni<Event> create(UUID seasonId, Event event) {
        return requireLive(seasons, seasonId).chain(() -> refusedAsProblem(events.insert(sql, seasonId, event)));
    }

    public Uni<Event> update(UUID id, Event event) {
        return replaced(id, events.update(id, event));
    }

    public Uni<List<Event>> ofSeason(UUID seasonId, int page, int limit) {
        return requireLive(seasons, seasonId).chain(() -> events.ofSeason(seasonId, page, limit));
    }
}
