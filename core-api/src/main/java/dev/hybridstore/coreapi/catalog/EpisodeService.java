package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.Episode;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

@Singleton
public class EpisodeService extends SoftDeleteService<Episode> {

    private final EpisodeRepository episodes;
    private final EventRepository events;

    EpisodeService(EpisodeRepository episodes, EventRepository events) {
        super(episodes);
        this.episodes = episodes;
        this.events = events;
    }

    public Uni<Episode> create(UUID eventId, Episode episode) {
        return requireLive(events, eventId).chain(() -> refusedAsProblem(episodes.insert(eventId, episode)));
    }

    public Uni<Episode> update(UUID id, Episode episode) {
        return replaced(id, episodes.update(id, episode));
    }

    public Uni<List<Episode>> ofEvent(UUID eventId, int page, int limit) {
        return requireLive(events, eventId).chain(() -> episodes.ofEvent(eventId, page, limit));
    }
}
