package dev.hybridstore.coreapi.sheetsync;

import dev.hybridstore.coreapi.web.Page;
import dev.hybridstore.coreapi.web.Problems;
import dev.hybridstore.model.catalog.GoogleSheetSync;
import dev.hybridstore.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Seed 004 block D's sync state, per sheet tab, as an external syncer reports it. Nothing here talks to Google: the
 * state is stored and served as reported.
 */
@ApplicationScoped
public class SheetSyncService {

    /** google_sheet_sync's sheet_id and tab are VARCHAR(200). */
    private static final int MAX_KEY = 200;

    @Inject
    SheetSyncRepository syncs;

    /** Creates or replaces the tab's state. */
    public Uni<GoogleSheetSync> report(String sheetId, String tab, SheetSyncReport report) {
        return Uni.createFrom().voidItem().invoke(() -> checkKey(sheetId, tab))
                .chain(() -> syncs.upsert(sheetId, tab, report))
                .invoke(s -> Log.infof("Sheet sync %s/%s: %s, %d row(s) read, last row %d, %d error(s)", s.sheetId(), s.tab(), s.status(),
                        s.rowsRead(), s.lastRow(), s.errors().size()));
    }

    public Uni<GoogleSheetSync> get(String sheetId, String tab) {
        return syncs.find(sheetId, tab)
                .map(Problems.orNotFound("Sheet sync", sheetId + "/" + tab));
    }

    /** Every tab's state, or one sheet's, in (sheet_id, tab) order. */
    public Uni<Page<GoogleSheetSync>> list(String sheetId, String after, int limit) {
        return Uni.createFrom().item(() -> SheetSyncCursor.decode(after))
                .chain(cursor -> syncs.page(sheetId == null || sheetId.isEmpty() ? null : sheetId, cursor, limit))
                .map(rows -> Page.of(rows, limit, last -> SheetSyncCursor.after(last).encode()));
    }

    private static void checkKey(String sheetId, String tab) {
        if (sheetId.isBlank() || sheetId.length() > MAX_KEY) {
            throw ProblemException.invalidField("sheet_id", "must be 1 to " + MAX_KEY + " characters, not all blank");
        }
        if (tab.isBlank() || tab.length() > MAX_KEY) {
            throw ProblemException.invalidField("tab", "must be 1 to " + MAX_KEY + " characters, not all blank");
        }
    }
}
