package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The NAS benchmark's rows in the suite's database: what the API imported under the run's root, the limit (COPY of
 * those rows into a scratch copy of pokervod.nas_files) and their removal for real (the API only soft-deletes). Paths
 * are letters, digits, '/' and '-' only, as COPY takes no parameters.
 */
final class NasBenchRows {

    private static final String COPY_TABLE = "public.bench_nas_files_copy";
    private static final String PATH = "/[a-z0-9/-]+";

    private final BenchDatabase db;
    private final String root;

    /** {@code root}: the run's folder; everything below it is the run's. */
    NasBenchRows(BenchDatabase db, String root) {
        if (!root.matches(PATH)) {
            throw new IllegalArgumentException("not a benchmark root: " + root);
        }
        this.db = db;
        this.root = root;
    }

    long liveFiles(String folder) {
        return db.number("SELECT count(*) FROM pokervod.nas_files WHERE starts_with(file_path, '" + checked(folder) + "/') AND deleted_at IS NULL");
    }

    /**
     * Seconds that COPY of the imported rows takes into an empty table shaped like nas_files: LIKE ... INCLUDING ALL
     * brings the key, the unique path index and the other indexes, defaults and checks; the foreign key to nas_folders
     * is added as on nas_files, so both pay the same per-row costs. The session's synchronous_commit is the server's,
     * as core-api's is.
     */
    double copySeconds(String folder, Path work) {
        Path rows = work.resolve("nas_files.copy");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream out = Files.newOutputStream(rows)) {
                copy.copyOut("COPY (SELECT * FROM pokervod.nas_files WHERE starts_with(file_path, '" + checked(folder) + "/')) TO STDOUT", out);
            }
            s.execute("DROP TABLE IF EXISTS " + COPY_TABLE);
            s.execute("CREATE TABLE " + COPY_TABLE + " (LIKE pokervod.nas_files INCLUDING ALL)");
            for (String fk : foreignKeys(s)) {
                s.execute("ALTER TABLE " + COPY_TABLE + " ADD " + fk);
            }
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(rows)) {
                copy.copyIn("COPY " + COPY_TABLE + " FROM STDIN", in);
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (SQLException | IOException e) {
            throw new CommandFailure("COPY of the imported rows failed: " + e.getMessage());
        }
    }

    /** The run's files and folders, and the scratch table. */
    void delete() {
        db.execute("DROP TABLE IF EXISTS " + COPY_TABLE,
                "DELETE FROM pokervod.nas_files WHERE starts_with(file_path, '" + root + "/')",
                "DELETE FROM pokervod.nas_folders WHERE path = '" + root + "' OR starts_with(path, '" + root + "/')");
    }

    private String checked(String folder) {
        if (!folder.matches(PATH) || !(folder.equals(root) || folder.startsWith(root + "/"))) {
            throw new IllegalArgumentException("not a folder of the benchmark: " + folder);
        }
        return folder;
    }

    private static List<String> foreignKeys(Statement s) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet r = s.executeQuery(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'pokervod.nas_files'::regclass AND contype = 'f'")) {
            while (r.next()) {
                keys.add(r.getString(1));
            }
        }
        return keys;
    }
}
