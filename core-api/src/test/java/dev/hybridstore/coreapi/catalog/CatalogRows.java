package dev.hybridstore.coreapi.catalog;

import dev.hybridstore.testsupport.OwnIds;

/** A test class's catalog ids, and its rows removed for real after its tests (the API only soft-deletes): everything whose code, path or name starts with their prefix. */
final class CatalogRows {

    private static final String[] DELETES = {
        "DELETE FROM pokervod.hand_clips WHERE sheet_source LIKE ? OR video_file_id IN (SELECT id FROM pokervod.video_files WHERE file_path LIKE ?)",
        "DELETE FROM pokervod.video_files WHERE file_path LIKE ?",
        "DELETE FROM pokervod.episodes WHERE event_id IN (SELECT e.id FROM pokervod.events e JOIN pokervod.seasons s ON s.id = e.season_id "
                + "JOIN pokervod.projects p ON p.id = s.project_id WHERE p.code LIKE ?)",
        "DELETE FROM pokervod.events WHERE season_id IN (SELECT s.id FROM pokervod.seasons s JOIN pokervod.projects p ON p.id = s.project_id "
                + "WHERE p.code LIKE ?)",
        "DELETE FROM pokervod.seasons WHERE project_id IN (SELECT id FROM pokervod.projects WHERE code LIKE ?)",
        "DELETE FROM pokervod.projects WHERE code LIKE ?",
        "DELETE FROM pokervod.tags WHERE category LIKE ?",
        "DELETE FROM pokervod.players WHERE name LIKE ?",
    };

    private CatalogRows() {
    }

    static OwnIds create(String tag) {
        return OwnIds.deletedAfterAll(tag, "%s%%", DELETES);
    }
}
