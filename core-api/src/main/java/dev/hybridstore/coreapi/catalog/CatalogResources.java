package dev.hybridstore.coreapi.catalog;

import static dev.hybridstore.coreapi.catalog.CatalogTables.EPISODES;
import static dev.hybridstore.coreapi.catalog.CatalogTables.EVENTS;
import static dev.hybridstore.coreapi.catalog.CatalogTables.HAND_CLIPS;
import static dev.hybridstore.coreapi.catalog.CatalogTables.PLAYERS;
import static dev.hybridstore.coreapi.catalog.CatalogTables.PROJECTS;
import static dev.hybridstore.coreapi.catalog.CatalogTables.SEASONS;
import static dev.hybridstore.coreapi.catalog.CatalogTables.TAGS;
import static dev.hybridstore.coreapi.catalog.CatalogTables.VIDEO_FILES;

import dev.hybridstore.coreapi.web.Paging;
import dev.hybridstore.model.catalog.Episode;
import dev.hybridstore.model.catalog.Event;
import dev.hybridstore.model.catalog.HandClip;
import dev.hybridstore.model.catalog.Player;
import dev.hybridstore.model.catalog.Project;
import dev.hybridstore.model.catalog.Season;
import dev.hybridstore.model.catalog.VideoFile;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalog's HTTP paths, each bound to its table; the operations are the base classes'. */
public final class CatalogResources {

    private CatalogResources() {
    }

    @Path("/api/catalog/projects")
    @Tag(name = "Catalog", description = "The poker VOD catalog (seed 004); DELETE is a soft delete, after which reads answer 404")
    public static class Projects extends CatalogListResource<Project> {
        Projects(CatalogService rows) {
            super(rows, PROJECTS);
        }
    }

    @Path("/api/catalog/projects/{id}/seasons")
    public static class ProjectSeasons extends CatalogChildResource<Season> {
        ProjectSeasons(CatalogService rows) {
            super(rows, SEASONS);
        }
    }

    @Path("/api/catalog/seasons")
    public static class Seasons extends CatalogResource<Season> {
        Seasons(CatalogService rows) {
            super(rows, SEASONS);
        }
    }

    @Path("/api/catalog/seasons/{id}/events")
    public static class SeasonEvents extends CatalogChildResource<Event> {
        SeasonEvents(CatalogService rows) {
            super(rows, EVENTS);
        }
    }

    @Path("/api/catalog/events")
    public static class Events extends CatalogResource<Event> {
        Events(CatalogService rows) {
            super(rows, EVENTS);
        }
    }

    @Path("/api/catalog/events/{id}/episodes")
    public static class EventEpisodes extends CatalogChildResource<Episode> {
        EventEpisodes(CatalogService rows) {
            super(rows, EPISODES);
        }
    }

    @Path("/api/catalog/episodes")
    public static class Episodes extends CatalogResource<Episode> {
        Episodes(CatalogService rows) {
            super(rows, EPISODES);
        }
    }

    @Path("/api/catalog/video-files")
    public static class VideoFiles extends CatalogRootResource<VideoFile> {
        VideoFiles(CatalogService rows) {
            super(rows, VIDEO_FILES);
        }

        @GET
        public Uni<List<Object>> list(@QueryParam("episode_id") UUID episodeId, @Valid @BeanParam Paging paging,
                @QueryParam("fields") String fields) {
            return rows.page(table, episodeId, paging.page(), paging.limit(), fields);
        }
    }

    @Path("/api/catalog/hand-clips")
    public static class HandClips extends CatalogRootResource<HandClip> {
        HandClips(CatalogService rows) {
            super(rows, HAND_CLIPS);
        }

        @GET
        public Uni<List<Object>> list(@QueryParam("video_file_id") UUID videoFileId, @Valid @BeanParam Paging paging,
                @QueryParam("fields") String fields) {
            return rows.page(table, videoFileId, paging.page(), paging.limit(), fields);
        }

        @GET
        @Path("{id}/tags")
        @Operation(summary = "A hand clip's tags")
        public Uni<List<dev.hybridstore.model.catalog.Tag>> tags(@PathParam("id") UUID id) {
            return rows.linked(ClipLinks.TAGS, id);
        }

        @PUT
        @Path("{id}/tags/{tagId}")
        @Operation(summary = "Tag a hand clip (idempotent)")
        public Uni<Void> tag(@PathParam("id") UUID id, @PathParam("tagId") UUID tagId) {
            return rows.link(ClipLinks.TAGS, id, tagId);
        }

        @DELETE
        @Path("{id}/tags/{tagId}")
        @Operation(summary = "Remove a tag from a hand clip")
        public Uni<Void> untag(@PathParam("id") UUID id, @PathParam("tagId") UUID tagId) {
            return rows.unlink(ClipLinks.TAGS, id, tagId);
        }

        @GET
        @Path("{id}/players")
        @Operation(summary = "The players in a hand clip")
        public Uni<List<Player>> players(@PathParam("id") UUID id) {
            return rows.linked(ClipLinks.PLAYERS, id);
        }

        @PUT
        @Path("{id}/players/{playerId}")
        @Operation(summary = "Add a player to a hand clip (idempotent)")
        public Uni<Void> addPlayer(@PathParam("id") UUID id, @PathParam("playerId") UUID playerId) {
            return rows.link(ClipLinks.PLAYERS, id, playerId);
        }

        @DELETE
        @Path("{id}/players/{playerId}")
        @Operation(summary = "Remove a player from a hand clip")
        public Uni<Void> removePlayer(@PathParam("id") UUID id, @PathParam("playerId") UUID playerId) {
            return rows.unlink(ClipLinks.PLAYERS, id, playerId);
        }
    }

    @Path("/api/catalog/tags")
    public static class Tags extends CatalogListResource<dev.hybridstore.model.catalog.Tag> {
        Tags(CatalogService rows) {
            super(rows, TAGS);
        }
    }

    @Path("/api/catalog/players")
    public static class Players extends CatalogListResource<Player> {
        Players(CatalogService rows) {
            super(rows, PLAYERS);
        }
    }
}
