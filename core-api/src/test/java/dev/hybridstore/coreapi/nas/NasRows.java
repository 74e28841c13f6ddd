package dev.hybridstore.coreapi.nas;

import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import java.sql.Connection;
import java.sql.PreparedStatement;

/** Removes a test class's NAS rows and video files for real (the API only soft-deletes): every path under /<prefix>. */
final class NasRows {

    private static final String[] DELETES = {
        "DELETE FROM pokervod.video_files WHERE file_path LIKE ?",
        "DELETE FROM pokervod.nas_files WHERE file_path LIKE ?",
        "DELETE FROM pokervod.nas_folders WHERE path LIKE ?",
    };

    private NasRows() {
    }

    static void deleteAll(String prefix) throws Exception {
        try (Connection db = Migrations.connect(RealServices.endpoints().databaseUrl())) {
            for (String sql : DELETES) {
                try (PreparedStatement delete = db.prepareStatement(sql)) {
                    delete.setString(1, "/" + prefix + "%");
                    delete.executeUpdate();
                }
            }
        }
    }
}
