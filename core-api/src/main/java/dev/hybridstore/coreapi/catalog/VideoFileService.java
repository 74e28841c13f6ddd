package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.VideoFile;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

@Singleton
public class VideoFileService extends SoftDeleteService<VideoFile> {

    private final VideoFileRepository videoFiles;
    private final EpisodeRepository episodes;

    VideoFileService(VideoFileRepository videoFiles, EpisodeRepository episodes) {
        super(videoFiles);
        this.videoFiles = videoFiles;
        this.episodes = episodes;
    }

    /** A taken file_path is a 409; an episode that is missing or deleted is a 404. */
    public Uni<VideoFile> create(VideoFile videoFile) {
        return requireLive(episodes, videoFile.episodeId()).chain(() -> refusedAsProblem(videoFiles.insert(videoFile)));
    }

    public Uni<VideoFile> update(UUID id, VideoFile videoFile) {
        return requireLive(episodes, videoFile.episodeId()).chain(() -> replaced(id, videoFiles.update(id, videoFile)));
    }

    /** All video files, or one episode's. */
    public Uni<List<VideoFile>> page(UUID episodeId, int page, int limit) {
        return episodeId == null ? page(page, limit)
                : requireLive(episodes, episodeId).chain(() -> videoFiles.ofEpisode(episodeId, page, limit));
    }
}
