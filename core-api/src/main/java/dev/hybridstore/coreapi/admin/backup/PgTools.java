package dev.hybridstore.coreapi.admin.backup;

import dev.hybridstore.coreapi.admin.AdminConfig;
import dev.hybridstore.coreapi.admin.DatabaseRepository;
import dev.hybridstore.coreapi.admin.Databases;
import dev.hybridstore.model.config.DatabaseUrl;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs pg_dump, pg_restore and psql as child processes (blocking: worker threads only). The tools come from the server's
 * major version ({@code /usr/lib/postgresql/<major>/bin}), else PATH. The password travels in the child's PGPASSWORD,
 * never on a command line or in a log.
 */
@Singleton
public class PgTools {

    @Inject
    AdminConfig config;
    @Inject
    Databases databases;
    @Inject
    DatabaseRepository catalog;
    private volatile Path binDir;

    /** Connection options for {@code database}, without the password. */
    List<String> connection(String database) {
        DatabaseUrl url = databases.url(database);
        return List.of("--host", url.host(), "--port", Integer.toString(url.port()), "--username", url.user(), "--no-password",
                "--dbname", database);
    }

    String tool(String name) {
        Path dir = binDir();
        Path candidate = dir == null ? null : dir.resolve(name);
        return candidate != null && Files.isExecutable(candidate) ? candidate.toString() : name;
    }

    /** Runs one command; its standard output goes to {@code stdout} when given. Throws {@link ToolFailure} on a non-zero exit. */
    void run(List<String> command, Path stdout) {
        Path stderr = tempFile();
        try {
            ProcessBuilder pb = builder(command).redirectError(stderr.toFile());
            pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
            Process p = start(pb);
            await(p, command.get(0), stderr);
        } finally {
            delete(stderr);
        }
    }

    /** {@code producer | consumer}, e.g. pg_restore's SQL into psql; the consumer's error is the one that explains. */
    void pipe(List<String> producer, List<String> consumer) {
        Path producerErr = tempFile();
        Path consumerErr = tempFile();
        try {
            List<Process> processes;
            try {
                processes = ProcessBuilder.startPipeline(List.of(builder(producer).redirectError(producerErr.toFile()),
                        builder(consumer).redirectError(consumerErr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)));
            } catch (IOException e) {
                throw new ToolFailure(producer.get(0) + " | " + consumer.get(0) + " could not start: " + e.getMessage());
            }
            ToolFailure consumerFailure = null;
            try {
                await(processes.get(1), consumer.get(0), consumerErr);
            } catch (ToolFailure f) {
                consumerFailure = f;
                processes.get(0).destroy();
            }
            try {
                await(processes.get(0), producer.get(0), producerErr);
            } catch (ToolFailure f) {
                throw consumerFailure != null ? consumerFailure : f;
            }
            if (consumerFailure != null) {
                throw consumerFailure;
            }
        } finally {
            delete(producerErr);
            delete(consumerErr);
        }
    }

    private static final Set<String> INHERITED = Set.of("PATH", "HOME", "LANG", "TZ", "TMPDIR");

    private ProcessBuilder builder(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        DatabaseUrl url = databases.url(databases.appDatabase());
        Map<String, String> env = pb.environment();
        // The child gets what it needs to run and connect, not core-api's secrets (ADMIN_TOKEN, DATABASE_URL).
        env.keySet().removeIf(name -> !INHERITED.contains(name) && !name.startsWith("LC_"));
        env.put("PGPASSWORD", url.password());
        env.put("PGAPPNAME", "hybridstore-admin");
        env.put("PGCONNECT_TIMEOUT", "10");
        // A restore's DROP waits behind application locks; a minute's wait ends in a clear error instead of an hour's hang.
        env.put("PGOPTIONS", "-c client_min_messages=warning -c lock_timeout=60s");
        if (url.params().containsKey("sslmode")) {
            env.put("PGSSLMODE", url.params().get("sslmode"));
        }
        return pb;
    }

    private static Process start(ProcessBuilder pb) {
        try {
            return pb.start();
        } catch (IOException e) {
            throw new ToolFailure(pb.command().get(0) + " could not start: " + e.getMessage()
                    + " (install postgresql-client, or set hybridstore.admin.pg-bin-dir)");
        }
    }

    private void await(Process p, String tool, Path stderr) {
        try {
            if (!p.waitFor(config.commandTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new ToolFailure(name(tool) + " timed out after " + config.commandTimeout());
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ToolFailure(name(tool) + " was interrupted");
        }
        if (p.exitValue() != 0) {
            throw new ToolFailure(name(tool) + " exited with " + p.exitValue() + ": " + tail(stderr));
        }
    }

    private Path binDir() {
        if (binDir == null) {
            binDir = config.pgBinDir().orElseGet(() -> {
                int major = catalog.serverMajorVersion().await().atMost(Duration.ofSeconds(30));
                Path dir = Path.of("/usr/lib/postgresql", Integer.toString(major), "bin");
                if (!Files.isDirectory(dir)) {
                    Log.warnf("No %s for the server's major version %d: using pg_dump/pg_restore/psql from PATH", dir, major);
                }
                return dir;
            });
        }
        return binDir;
    }

    /** The last lines of a tool's error output: enough to explain, short enough for a problem body. */
    private static String tail(Path stderr) {
        try {
            List<String> lines = Files.readAllLines(stderr);
            List<String> last = new ArrayList<>(lines.subList(Math.max(0, lines.size() - 5), lines.size()));
            return String.join(" | ", last).strip();
        } catch (IOException e) {
            return "(no error output)";
        }
    }

    private static String name(String tool) {
        return Path.of(tool).getFileName().toString();
    }

    private static Path tempFile() {
        try {
            return Files.createTempFile("hybridstore-admin-", ".log");
        } catch (IOException e) {
            throw new ToolFailure("cannot create a temporary file: " + e.getMessage());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.debugf("temporary file %s not deleted: %s", file, e.getMessage());
        }
    }

    /** A tool failed; the message holds its exit code and the end of its error output (never the password). */
    public static class ToolFailure extends RuntimeException {
        ToolFailure(String message) {
            super(message);
        }
    }
}
