package dev.hybridstore.coreapi.admin.backup;

import dev.hybridstore.coreapi.admin.AdminConfig;
import dev.hybridstore.platform.problem.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backup directory: {@code hybridstore_<db>[_<schema>]_<yyyyMMdd_HHmmss>.dump} files (UTC time) with a
 * {@code sha256sum}-format sidecar, so {@code sha256sum -c name.sha256} also checks a copied file. Names from requests
 * are checked before any file is touched: no separators, no traversal.
 */
@Singleton
public class BackupStore {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,200}\\.dump");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private final Path dir;

    BackupStore(AdminConfig config) {
        this.dir = config.backupDir().toAbsolutePath().normalize();
    }

    void announce(@Observes StartupEvent event) {
        Log.infof("Database backups go to %s", dir);
    }

    public Path directory() {
        return dir;
    }

    /** A fresh, unused file name for a backup taken now; a second backup in the same second gets a suffix. */
    synchronized Path newBackup(String database, String schema) {
        createDirectory();
        String base = "hybridstore_" + database + (schema == null ? "" : "_" + schema) + "_"
                + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        Path file = dir.resolve(base + ".dump");
        for (int n = 2; Files.exists(file) || Files.exists(partial(file)); n++) {
            file = dir.resolve(base + "_" + n + ".dump");
        }
        return file;
    }

    static Path partial(Path file) {
        return file.resolveSibling(file.getFileName() + ".partial");
    }

    /** The existing backup called {@code name}: 400 for a name that is not a plain backup file name, 404 when absent. */
    public Path existing(String field, String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw ProblemException.invalidField(field, "must be a backup file name such as hybridstore_db_20250101_120000.dump, "
                    + "without directories");
        }
        Path file = dir.resolve(name).normalize();
        if (!file.getParent().equals(dir) || !Files.isRegularFile(file)) {
            throw ProblemException.notFound("Backup", name);
        }
        return file;
    }

    public List<BackupViews.BackupFile> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f))
                    .map(this::describe)
                    .sorted(Comparator.comparing(BackupViews.BackupFile::createdAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BackupViews.BackupFile describe(Path file) {
        try {
            long size = Files.size(file);
            return new BackupViews.BackupFile(file.getFileName().toString(), size, BackupViews.megabytes(size),
                    recordedChecksum(file).orElse(null), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String name) {
        Path file = existing("name", name);
        try {
            Files.deleteIfExists(checksumFile(file));
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Log.infof("Backup %s deleted", name);
    }

    /** Moves a finished dump into place and records its checksum beside it. */
    String publish(Path partial, Path file) {
        String sha256 = sha256(partial);
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(checksumFile(file), sha256 + "  " + file.getFileName() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256;
    }

    Optional<String> recordedChecksum(Path file) {
        Path sidecar = checksumFile(file);
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(sidecar).strip().split("\\s+")[0]).filter(s -> s.matches("[0-9a-f]{64}"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Path checksumFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".sha256");
    }

    private void createDirectory() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw ProblemException.unavailable("backup directory " + dir + " cannot be created: " + e.getMessage()
                    + " (set BACKUP_DIR)");
        }
    }
}
