package dev.hybridstore.cli.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A dump given as a file (seed 000: dumped on the server, copied here) goes into core-api's backup directory, with its
 * {@code sha256sum} sidecar when there is one (checked first), so the API restores it like one of its own backups.
 */
final class DumpImport {

    private DumpImport() {
    }

    /** Copies {@code file} into {@code directory} and answers the backup name the API knows it by. */
    static String into(Path file, Path directory) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".dump")) {
            throw new DbFailure(file + ": a backup file name must end in .dump");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new DbFailure("core-api's backup directory " + directory + " is not on this machine: copy " + file + " there first");
        }
        if (!Files.isWritable(directory)) {
            throw new DbFailure("core-api's backup directory " + directory + " is not writable here: copy " + file + " there first");
        }
        try {
            Path sidecar = file.resolveSibling(name + ".sha256");
            Path target = directory.resolve(name);
            if (Files.exists(target) && Files.isSameFile(file, target)) {
                return name;
            }
            if (Files.exists(sidecar)) {
                String recorded = Files.readString(sidecar).strip().split("\\s+")[0];
                if (!recorded.equalsIgnoreCase(sha256(file))) {
                    throw new DbFailure(file + " does not match " + sidecar);
                }
                Files.copy(sidecar, directory.resolve(sidecar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            return name;
        } catch (IOException e) {
            throw new DbFailure("cannot copy " + file + " into " + directory + ": " + e.getMessage());
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
