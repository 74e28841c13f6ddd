package dev.hybridstore.coreapi.admin.migration;

import io.quarkus.logging.Log;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/** A log line per script as a long upgrade runs (Flyway logs the start; this adds the outcome and duration). */
final class ProgressLog implements Callback {

    private final String database;
    private long started;

    ProgressLog(String database) {
        this.database = database;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo m = context.getMigrationInfo();
        String name = m == null ? "?" : m.getScript();
        switch (event) {
            case BEFORE_EACH_MIGRATE -> started = System.nanoTime();
            case AFTER_EACH_MIGRATE -> Log.infof("Migration %s on %s applied in %d ms", name, database, (System.nanoTime() - started) / 1_000_000);
            default -> Log.warnf("Migration %s on %s failed after %d ms", name, database, (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Override
    public String getCallbackName() {
        return "hybridstore-progress";
    }
}
