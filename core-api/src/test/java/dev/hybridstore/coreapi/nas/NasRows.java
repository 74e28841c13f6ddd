package dev.hybridstore.coreapi.nas;

import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.TestIds;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own NAS roots, and every NAS row and video file under them deleted for real after its tests (the API
 * only soft-deletes). Registered as a static field: {@code @RegisterExtension static final NasRows ROOTS = NasRows.tagged("NASIMP");}
 */
final class NasRows implements AfterAllCallback {

    private static final String[] DELETES = {
        "DELETE FROM pokervod.video_files WHERE file_path LIKE ?",
        "DELETE FROM pokervod.nas_files WHERE file_path LIKE ?",
        "DELETE FROM pokervod.nas_folders WHERE path LIKE ?",
    };

    private final TestIds ids;

    private NasRows(TestIds ids) {
        this.ids = ids;
    }

    static NasRows tagged(String tag) {
        return new NasRows(TestIds.create(tag));
    }

    /** A root path no other test, class or run uses: /{prefix}_{n}. */
    String newRoot() {
        return "/" + ids.next();
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        OwnRows.delete("/" + ids.prefix() + "%", DELETES);
    }
}
