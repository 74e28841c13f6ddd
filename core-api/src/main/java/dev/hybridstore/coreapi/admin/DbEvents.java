package dev.hybridstore.coreapi.admin;

import dev.hybridstore.model.event.DbBackupCompleted;
import dev.hybridstore.model.event.DbMigrationCompleted;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/**
 * Publishes seed 004's DB_MIGRATION_COMPLETED and DB_BACKUP_COMPLETED on {@code db-events}, failures included. Sending
 * never fails the operation: a broker outage is logged once, and again when it is over.
 */
@Singleton
public class DbEvents {

    @Inject
    @Channel("db-events-out")
    Emitter<Object> emitter;
    private final AtomicBoolean failing = new AtomicBoolean();

    public void migration(String database, String version, String direction, boolean success, String error, long durationMs) {
        send(DbMigrationCompleted.of(database, version, direction, success, error, durationMs));
    }

    public void backup(String database, String file, double sizeMb, String sha256, boolean success, String error) {
        send(DbBackupCompleted.of(database, file, sizeMb, sha256, success, error));
    }

    private void send(Object event) {
        try {
            emitter.send(event).whenComplete((ok, failure) -> outcome(failure));
        } catch (RuntimeException e) {
            outcome(e);
        }
    }

    private void outcome(Throwable failure) {
        if (failure == null) {
            if (failing.compareAndSet(true, false)) {
                Log.info("db-events publishing works again");
            }
        } else if (failing.compareAndSet(false, true)) {
            Log.warnf("db-events not published (%s); the operations themselves are unaffected", failure.getMessage());
        }
    }
}
