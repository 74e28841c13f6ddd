package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.HandClip;
import dev.hybridstore.model.catalog.Player;
import dev.hybridstore.model.catalog.Tag;
import dev.hybridstore.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

@Singleton
public class HandClipService extends SoftDeleteService<HandClip> {

    private final HandClipRepository clips;
    private final VideoFileRepository videoFiles;
    private final EpisodeRepository episodes;
    private final TagRepository tags;
    private final PlayerRepository players;

    HandClipService(HandClipRepository clips, VideoFileRepository videoFiles, EpisodeRepository episodes, TagRepository tags,
            PlayerRepository players) {
        super(clips);
        this.clips = clips;
        this.videoFiles = videoFiles;
        this.episodes = episodes;
        this.tags = tags;
        this.players = players;
    }

    /** A taken (sheet_source, sheet_row_number) is a 409: each sheet row is imported once. */
    public Uni<HandClip> create(HandClip clip) {
        return references(clip).chain(() -> refusedAsProblem(clips.insert(clip)));
    }

    public Uni<HandClip> update(UUID id, HandClip clip) {
        return references(clip).chain(() -> replaced(id, clips.update(id, clip)));
    }

    /** All hand clips, or one video file's in time order. */
    public Uni<List<HandClip>> page(UUID videoFileId, int page, int limit) {
        return videoFileId == null ? page(page, limit)
                : requireLive(videoFiles, videoFileId).chain(() -> clips.ofVideoFile(videoFileId, page, limit));
    }

    /** Idempotent: tagging twice leaves one link. */
    public Uni<Void> tag(UUID clipId, UUID tagId) {
        return requireLive(clips, clipId).chain(() -> requireLive(tags, tagId)).chain(() -> tags.link(clipId, tagId));
    }

    public Uni<Void> untag(UUID clipId, UUID tagId) {
        return requireLive(clips, clipId).chain(() -> tags.unlink(clipId, tagId)).invoke(unlinked -> {
            if (!unlinked) {
                throw ProblemException.notFound("Tag of hand clip " + clipId, tagId);
            }
        }).replaceWithVoid();
    }

    public Uni<List<Tag>> tags(UUID clipId) {
        return requireLive(clips, clipId).chain(() -> tags.ofHandClip(clipId));
    }

    public Uni<Void> addPlayer(UUID clipId, UUID playerId) {
        return requireLive(clips, clipId).chain(() -> requireLive(players, playerId)).chain(() -> players.link(clipId, playerId));
    }

    public Uni<Void> removePlayer(UUID clipId, UUID playerId) {
        return requireLive(clips, clipId).chain(() -> players.unlink(clipId, playerId)).invoke(unlinked -> {
            if (!unlinked) {
                throw ProblemException.notFound("Player of hand clip " + clipId, playerId);
            }
        }).replaceWithVoid();
    }

    public Uni<List<Player>> players(UUID clipId) {
        return requireLive(clips, clipId).chain(() -> players.ofHandClip(clipId));
    }

    private Uni<Void> references(HandClip clip) {
        return requireLive(videoFiles, clip.videoFileId()).chain(() -> requireLive(episodes, clip.episodeId()));
    }
}
