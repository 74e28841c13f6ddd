package dev.hybridstore.coreapi.nas;

import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.TestIds;

/** Removes a test class's NAS rows and video files for real (the API only soft-deletes): every path under /<prefix>. */
final class NasRows {

    private static final String[] DELETES = {
        "DELETE FROM pokervod.video_files WHERE file_path LIKE ?",
        "DELETE FROM pokervod.nas_files WHERE file_path LIKE ?",
        "DELETE FROM pokervod.nas_folders WHERE path LIKE ?",
    };

    private NasRows() {
    }

    /** Deletes the class's NAS rows and video files after its tests. */
    static OwnRows deletedAfterAll(TestIds ids) {
        return OwnRows.deletedAfterAll("/" + ids.prefix() + "%", DELETES);
    }
}
