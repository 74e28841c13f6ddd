package dev.hybridstore.coreapi.sheetsync;

import dev.hybridstore.model.catalog.GoogleSheetSync;
import dev.hybridstore.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The keyset position in the sheet-sync list, (sheet_id, tab): an opaque URL-safe token. NUL separates the two, as
 * neither can hold it (PostgreSQL text cannot, and the API refuses control characters).
 */
record SheetSyncCursor(String sheetId, String tab) {

    static final SheetSyncCursor FIRST = new SheetSyncCursor("", "");

    static SheetSyncCursor after(GoogleSheetSync last) {
        return new SheetSyncCursor(last.sheetId(), last.tab());
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((sheetId + '\0' + tab).getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #FIRST} when absent; a 400 problem naming {@code after} when it is not a token this API issued. */
    static SheetSyncCursor decode(String token) {
        if (token == null || token.isBlank()) {
            return FIRST;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            int nul = text.indexOf('\0');
            if (nul > 0) {
                return new SheetSyncCursor(text.substring(0, nul), text.substring(nul + 1));
            }
        } catch (IllegalArgumentException e) {
            // same answer as a token without its separator
        }
        throw ProblemException.invalidField("after", "is not a cursor returned as next_after");
    }
}
