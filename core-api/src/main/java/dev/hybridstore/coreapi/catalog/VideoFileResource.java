package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.model.catalog.VideoFile;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/catalog/video-files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class VideoFileResource {

    private final VideoFileService videoFiles;

    VideoFileResource(VideoFileService videoFiles) {
        this.videoFiles = videoFiles;
    }

    @POST
    @Operation(summary = "Register a video file; its file_path is unique")
    public Uni<RestResponse<VideoFile>> create(@Valid @NotNull VideoFile videoFile) {
        return videoFiles.create(videoFile).map(created -> RestResponse.ResponseBuilder
                .<VideoFile>created(URI.create("/api/catalog/video-files/" + created.id())).entity(created).build());
    }

    @GET
    @Operation(summary = "Video files by path, optionally of one episode")
    public Uni<List<VideoFile>> list(@QueryParam("episode_id") UUID episodeId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return videoFiles.page(episodeId, page, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One video file")
    public Uni<VideoFile> get(@PathParam("id") UUID id) {
        return videoFiles.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a video file's fields")
    public Uni<VideoFile> update(@PathParam("id") UUID id, @Valid @NotNull VideoFile videoFile) {
        return videoFiles.update(id, videoFile);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Soft-delete a video file")
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return videoFiles.delete(id);
    }
}
