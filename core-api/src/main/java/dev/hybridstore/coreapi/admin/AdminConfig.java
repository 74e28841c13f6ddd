package dev.hybridstore.coreapi.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The database admin API ({@code /admin/db}); see the {@code ## Admin} block of application.properties. */
@ConfigMapping(prefix = "hybridstore.admin")
public interface AdminConfig {

    /** Bearer token for {@code /admin/**} (env ADMIN_TOKEN). Absent: the admin API is off, never open. */
    Optional<String> token();

    /** Where backups are written (env BACKUP_DIR); a relative path is resolved against the working directory. */
    @WithDefault(".suite/backups")
    Path backupDir();

    /** Directory of pg_dump/pg_restore/psql; by default the server's major version under /usr/lib/postgresql, else PATH. */
    Optional<Path> pgBinDir();

    /** Template for databases this API creates (restores into a new database); it must hold the superuser-only extensions. */
    @WithDefault("template1")
    String databaseTemplate();

    /**
     * Extensions the suite's schema needs: a restore fails clearly when the target lacks one and cannot create it. Other
     * extensions of a dump (e.g. pg_stat_statements) are created when possible and otherwise skipped.
     */
    @WithDefault("vector,pg_trgm")
    List<String> requiredExtensions();

    /** The schemas the suite owns: table statistics, reset and whole-database restores cover these. */
    @WithDefault("public,pokervod")
    List<String> schemas();

    /** Classpath folder of the undo scripts {@code U<version>__<description>.sql}. */
    @WithDefault("db/undo")
    String undoLocation();

    /** How long pg_dump waits for a table lock (e.g. behind a migration) before the backup fails instead of hanging. */
    @WithDefault("30s")
    Duration lockWaitTimeout();

    /** Upper bound for one pg_dump / pg_restore run. */
    @WithDefault("1h")
    Duration commandTimeout();

    /** Salt of the anonymized values (env ANONYMIZE_SALT): set it for fakes that repeat across restores; else one per restore. */
    Optional<String> anonymizeSalt();
}
