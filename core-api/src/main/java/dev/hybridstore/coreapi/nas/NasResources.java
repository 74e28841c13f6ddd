package dev.hybridstore.coreapi.nas;

import static dev.hybridstore.coreapi.catalog.CatalogTables.NAS_FILES;
import static dev.hybridstore.coreapi.catalog.CatalogTables.NAS_FOLDERS;

import dev.hybridstore.coreapi.catalog.CatalogReadResource;
import dev.hybridstore.coreapi.catalog.CatalogService;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Params;
import dev.hybridstore.model.catalog.NasFile;
import dev.hybridstore.model.catalog.NasFolder;
import dev.hybridstore.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The NAS inventory's HTTP paths; reads by id are the generic catalog's ({@link CatalogReadResource}). */
public final class NasResources {

    private NasResources() {
    }

    @Path("/api/catalog/nas-folders")
    @Tag(name = "NAS", description = "Seed 004 block A: the NAS inventory, written by tree imports; gone rows answer 404")
    public static class Folders extends CatalogReadResource<NasFolder> {

        private final NasService nas;

        Folders(CatalogService rows, NasService nas) {
            super(rows, NAS_FOLDERS);
            this.nas = nas;
        }

        @GET
        public Uni<Page<NasFolder>> list(@QueryParam("parent_id") UUID parentId, @RestQuery String after, @RestQuery String limit) {
            return nas.page(NasRepository.FOLDERS, parentId, after, Params.limit(limit));
        }
    }

    @Path("/api/catalog/nas-files")
    @Tag(name = "NAS")
    public static class Files extends CatalogReadResource<NasFile> {

        private final NasService nas;

        Files(CatalogService rows, NasService nas) {
            super(rows, NAS_FILES);
            this.nas = nas;
        }

        @GET
        public Uni<Page<NasFile>> list(@QueryParam("folder_id") UUID folderId, @RestQuery String after, @RestQuery String limit) {
            return nas.page(NasRepository.FILES, folderId, after, Params.limit(limit));
        }
    }

    @Path("/api/catalog/nas-imports")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = "NAS")
    public static class Imports {

        private final NasService nas;

        Imports(NasService nas) {
            this.nas = nas;
        }

        @POST
        @Operation(summary = "Import a NAS folder tree: the inventory under its root becomes the tree", description = """
                One transaction. Folders and files are upserted by path (`path`, `file_path`) and written only when they \
                differ, so the same tree twice changes nothing. A file that lived under the root and is missing from the tree \
                is **gone**: soft-deleted (`deleted_at`, as every catalog row; reads answer 404) and its video files get \
                `scan_status` `missing`; listed again later it comes back (counted as added), with its id and links, and its \
                video files are `scanned` again. Folders below the root that the tree no longer lists are soft-deleted too. \
                extension and file_category come from the file name; a folder's file_count and total_size_bytes count its own \
                files. The body is at most 1 MiB (some 5,000 files): import a larger NAS a subtree at a time.""")
        @RequestBody(content = @Content(examples = @ExampleObject(name = "tree", value = """
                {"path": "/nas/pokervod/WSOP/2024", "scanned_at": "2025-01-09T04:00:00",
                 "files": [{"name": "index.nfo", "size_bytes": 2048, "mtime": "2024-07-18T09:00:00"}],
                 "folders": [{"name": "main-event", "files": [
                   {"name": "WSOP_2024_E01_DAY1.mp4", "size_bytes": 4601750016, "mtime": "2024-07-04T23:00:00"},
                   {"name": "WSOP_2024_E01_DAY1.ko.srt", "size_bytes": 81234, "mtime": "2024-07-05T10:00:00"}]}]}""")))
        @APIResponse(responseCode = "200", description = "What the import did under the root",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "imported", value = """
                        {"path": "/nas/pokervod/WSOP/2024", "root_id": "0c5e1d7a-3b2f-4c8e-9a61-7f4d2e9b8c30", "folders": 2,
                         "folders_gone": 0, "added": 1, "changed": 1, "unchanged": 1, "gone": 1}""")))
        @APIResponse(responseCode = "400", description = "A field is missing or malformed", content = @Content(mediaType = Problem.MEDIA_TYPE,
                examples = @ExampleObject(name = "invalid", value = """
                        {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "Invalid input",
                         "errors": [{"field": "folders[0].files[1].size_bytes", "message": "must be greater than or equal to 0"}]}""")))
        @APIResponse(responseCode = "422", description = "A name repeats in its folder, or a path is over 1000 characters",
                content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "repeated", value = """
                        {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
                         "detail": "The tree cannot be stored as one inventory",
                         "errors": [{"field": "folders[0].files[1].name", "message": "repeats the name 'a.mp4' in its folder"}]}""")))
        public Uni<NasImportResult> importTree(@Valid @NotNull NasImport tree) {
            return nas.importTree(tree);
        }
    }

    @Path("/api/catalog/video-files/{id}/nas-file")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "NAS")
    public static class VideoFileLink {

        private final NasService nas;

        VideoFileLink(NasService nas) {
            this.nas = nas;
        }

        @GET
        @Operation(summary = "The NAS file a video file was found as")
        @APIResponse(responseCode = "200", description = "The live NAS file")
        @APIResponse(responseCode = "404", description = "No such video file, no link, or the NAS file is gone",
                content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unlinked", value = """
                        {"type": "about:blank", "title": "Not Found", "status": 404,
                         "detail": "Video file '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6' has no NAS file"}""")))
        public Uni<NasFile> get(@PathParam("id") UUID id) {
            return nas.linkedFile(id);
        }

        @PUT
        @Path("{nasFileId}")
        @Operation(summary = "Link a video file to a NAS file (idempotent)")
        @APIResponse(responseCode = "204", description = "Linked")
        @APIResponse(responseCode = "404", description = "No such live video file or NAS file", content = @Content(mediaType = Problem.MEDIA_TYPE))
        @APIResponse(responseCode = "409", description = "The NAS file already backs another live video file",
                content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "taken", value = """
                        {"type": "about:blank", "title": "Conflict", "status": 409,
                         "detail": "NAS file '9e2f4a61-7c3b-4d58-b2e1-0a9c8d7e6f50' already backs video file '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6'",
                         "video_file_id": "7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6"}""")))
        public Uni<Void> link(@PathParam("id") UUID id, @PathParam("nasFileId") UUID nasFileId) {
            return nas.link(id, nasFileId);
        }

        @DELETE
        @Operation(summary = "Unlink a video file from its NAS file")
        @APIResponse(responseCode = "204", description = "Unlinked")
        @APIResponse(responseCode = "404", description = "No such video file, or no link", content = @Content(mediaType = Problem.MEDIA_TYPE))
        public Uni<Void> unlink(@PathParam("id") UUID id) {
            return nas.unlink(id);
        }
    }
}
