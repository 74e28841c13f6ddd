package dev.hybridstore.coreapi.sheetsync;

import dev.hybridstore.model.catalog.GoogleSheetSync;
import dev.hybridstore.platform.sql.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** google_sheet_sync's SQL: one row per (sheet_id, tab), the schema's unique key. */
@Singleton
class SheetSyncRepository {

    /** A report revives a soft-deleted row: the syncer still syncs that tab. */
    private static final String UPSERT = """
            INSERT INTO pokervod.google_sheet_sync (sheet_id, tab, status, synced_at, rows_read, last_row, errors)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (sheet_id, tab) DO UPDATE SET status = EXCLUDED.status, synced_at = EXCLUDED.synced_at,
                   rows_read = EXCLUDED.rows_read, last_row = EXCLUDED.last_row, errors = EXCLUDED.errors, deleted_at = NULL,
                   updated_at = now()
            RETURNING %s""".formatted(GoogleSheetSync.ROWS.columns());
    private static final String FIND = """
            SELECT %s FROM pokervod.google_sheet_sync WHERE sheet_id = $1 AND tab = $2 AND deleted_at IS NULL"""
            .formatted(GoogleSheetSync.ROWS.columns());
    /** Keyset page in the unique key's order; an absent filter ($3 IS NULL) matches every row. */
    private static final String PAGE = """
            SELECT %s FROM pokervod.google_sheet_sync
             WHERE deleted_at IS NULL AND (sheet_id, tab) > ($1, $2) AND ($3::varchar IS NULL OR sheet_id = $3)
             ORDER BY sheet_id, tab LIMIT $4""".formatted(GoogleSheetSync.ROWS.columns());

    @Inject
    Sql sql;

    Uni<GoogleSheetSync> upsert(String sheetId, String tab, SheetSyncReport r) {
        String[] errors = r.errors() == null ? new String[0] : r.errors().toArray(String[]::new);
        Tuple values = Tuple.from(Arrays.asList(sheetId, tab, r.status(), r.syncedAt(), r.rowsRead(), r.lastRow(), errors));
        return sql.fetchOne(UPSERT, values, GoogleSheetSync.ROWS::read).map(Optional::orElseThrow);
    }

    Uni<Optional<GoogleSheetSync>> find(String sheetId, String tab) {
        return sql.fetchOne(FIND, Tuple.of(sheetId, tab), GoogleSheetSync.ROWS::read);
    }

    /** Up to {@code limit + 1} rows, so the caller can tell whether another page follows. */
    Uni<List<GoogleSheetSync>> page(String sheetId, SheetSyncCursor after, int limit) {
        return sql.fetchAll(PAGE, Tuple.of(after.sheetId(), after.tab(), sheetId, limit + 1), GoogleSheetSync.ROWS::read);
    }
}
