package dev.hybridstore.coreapi.nas;

import dev.hybridstore.testsupport.OwnIds;

/**
 * A test class's own NAS roots, and every NAS row and video file under them deleted for real after its tests (the API
 * only soft-deletes). Registered as a static field: {@code @RegisterExtension static final OwnIds ROOTS = NasRows.tagged("NASIMP");}
 */
final class NasRows {

    private static final String[] DELETES = {
        "DELETE FROM pokervod.video_files WHERE file_path LIKE ?",
        "DELETE FROM pokervod.nas_files WHERE file_path LIKE ?",
        "DELETE FROM pokervod.nas_folders WHERE path LIKE ?",
    };

    private NasRows() {
    }

    /** Root paths no other test, class or run uses: "/" + next(). */
    static OwnIds tagged(String tag) {
        return OwnIds.deletedAfterAll(tag, "/%s%%", DELETES);
    }
}
