package dev.hybridstore.coreapi.nas;

import static dev.hybridstore.coreapi.catalog.CatalogTables.NAS_FILES;
import static dev.hybridstore.coreapi.catalog.CatalogTables.NAS_FOLDERS;
import static dev.hybridstore.coreapi.catalog.CatalogTables.VIDEO_FILES;

import dev.hybridstore.coreapi.catalog.CatalogService;
import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.model.catalog.NasFile;
import dev.hybridstore.platform.problem.ProblemException;
import dev.hybridstore.platform.sql.Sql;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The NAS inventory (seed 004 block A): imports of folder trees, keyset lists, and the link from a video file to the
 * NAS file it was found as. Rows are read and checked for life through the generic catalog ({@link CatalogService}).
 */
@ApplicationScoped
public class NasService {

    @Inject
    Sql sql;
    @Inject
    NasRepository nas;
    @Inject
    CatalogService catalog;

    /**
     * Makes the live inventory under the tree's root exactly the tree, in one transaction: folders and files upserted by
     * path (written only when they differ), then whatever lived under the root and is not listed soft-deleted, its
     * video files marked missing. A failure leaves the inventory as it was; imports take turns.
     */
    public Uni<NasImportResult> importTree(NasImport tree) {
        return Uni.createFrom().item(() -> NasInventory.of(tree)).chain(inventory -> {
            List<String> folderPaths = inventory.folders().stream().map(NasInventory.FolderRow::path).toList();
            List<String> filePaths = inventory.files().stream().map(NasInventory.FileRow::path).toList();
            String rootParent = inventory.folders().get(0).parentPath();
            return sql.transaction(tx -> nas.takeTurn(tx)
                    .chain(() -> nas.upsertFolders(tx, inventory.folders(), rootParent, tree.scannedAt()))
                    .chain(() -> nas.upsertFiles(tx, inventory.files()))
                    .chain(written -> nas.filesGone(tx, tree.path(), filePaths)
                            .chain(gone -> nas.foldersGone(tx, tree.path(), folderPaths)
                                    .chain(foldersGone -> nas.folderId(tx, tree.path())
                                            .map(rootId -> new NasImportResult(tree.path(), rootId, folderPaths.size(), foldersGone,
                                                    written[0], written[1], filePaths.size() - written[0] - written[1], gone))))));
        }).invoke(r -> Log.infof("NAS import of %s: %d added, %d changed, %d unchanged, %d gone; %d folder(s), %d gone", r.path(),
                r.added(), r.changed(), r.unchanged(), r.gone(), r.folders(), r.foldersGone()));
    }

    /** All live rows of a listing (NasRepository.FOLDERS or FILES), or those in one live folder (404 otherwise), in path order. */
    public <T> Uni<Page<T>> page(NasRepository.Listing<T> listing, UUID folderId, String after, int limit) {
        Uni<?> folder = folderId == null ? Uni.createFrom().voidItem() : catalog.get(NAS_FOLDERS, folderId);
        return folder.chain(() -> nas.page(listing, folderId, after, limit)).map(rows -> Page.of(rows, limit, listing.cursor()));
    }

    /** The live NAS file a live video file is linked to; 404 when either is missing, or there is no link. */
    public Uni<NasFile> linkedFile(UUID videoFileId) {
        return catalog.get(VIDEO_FILES, videoFileId).chain(video -> {
            if (video.nasFileId() == null) {
                throw noLink(videoFileId);
            }
            return catalog.get(NAS_FILES, video.nasFileId());
        });
    }

    /**
     * Links a live video file to a live NAS file (404 for either missing); idempotent. A NAS file backs one live video
     * file: linking it to a second is a 409 naming the first (the unique index settles a race the same way).
     */
    public Uni<Void> link(UUID videoFileId, UUID nasFileId) {
        return catalog.get(VIDEO_FILES, videoFileId)
                .chain(() -> catalog.get(NAS_FILES, nasFileId))
                .chain(() -> nas.linkedVideo(nasFileId, videoFileId))
                .chain(other -> {
                    if (other.isPresent()) {
                        throw taken(nasFileId, other.get());
                    }
                    return nas.link(videoFileId, nasFileId);
                })
                .onFailure(e -> e instanceof PgException pg && "23505".equals(pg.getSqlState()))
                .transform(e -> ProblemException.conflict("NAS file '" + nasFileId + "' already backs another video file"));
    }

    /** 404 when the video file is missing or has no NAS file. */
    public Uni<Void> unlink(UUID videoFileId) {
        return catalog.get(VIDEO_FILES, videoFileId).chain(() -> nas.unlink(videoFileId)).invoke(unlinked -> {
            if (!unlinked) {
                throw noLink(videoFileId);
            }
        }).replaceWithVoid();
    }

    private static ProblemException noLink(UUID videoFileId) {
        return new ProblemException(404, "Not Found", "Video file '" + videoFileId + "' has no NAS file", List.of());
    }

    private static ProblemException taken(UUID nasFileId, UUID videoFileId) {
        return new ProblemException(409, "Conflict", "NAS file '" + nasFileId + "' already backs video file '" + videoFileId + "'",
                List.of(), Map.of("video_file_id", videoFileId));
    }
}
