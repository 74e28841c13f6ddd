package dev.hybridstore.coreapi.ops;

import dev.hybridstore.coreapi.admin.backup.BackupService;
import dev.hybridstore.coreapi.admin.backup.BackupViews;
import dev.hybridstore.coreapi.admin.migration.MigrationService;
import dev.hybridstore.coreapi.admin.migration.MigrationViews;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;

/** The ops page's admin-only panels, from the admin API's own services (Flyway's history, the backup directory). */
@Singleton
class OpsAdminPanels {

    @Inject
    MigrationService migrations;
    @Inject
    BackupService backups;

    /** Blocking (Flyway's JDBC, the file system): worker threads only. */
    OpsViews.Admin panels() {
        MigrationViews.Status status = migrations.status(null);
        List<MigrationViews.Applied> history = status.history();
        BackupViews.Backups files = backups.list();
        return new OpsViews.Admin(status.database(), history.isEmpty() ? null : history.get(history.size() - 1),
                status.pending().size(), files.backups().isEmpty() ? null : files.backups().get(0), files.directory());
    }
}
