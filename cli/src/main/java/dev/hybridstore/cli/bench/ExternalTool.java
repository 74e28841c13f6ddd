package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A program a benchmark starts (wrk, pgbench, pg_dump, ...): found once, run with a line per second on stderr. */
public record ExternalTool(String name, Path path) {

    /** The tool on PATH, or a failure saying how to install it. */
    public static ExternalTool require(String name, String install) {
        return onPath(name).map(p -> new ExternalTool(name, p))
                .orElseThrow(() -> new CommandFailure(name + " is missing: " + install));
    }

    /**
     * A PostgreSQL client tool of the newest server version installed here (pg_dump must not be older than the server),
     * else the one on PATH.
     */
    public static ExternalTool postgres(String name, String install) {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            Optional<Path> own = versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                    .max(Comparator.comparing(p -> version(p.getParent().getParent())));
            if (own.isPresent()) {
                return new ExternalTool(name, own.get());
            }
        } catch (IOException e) {
            // no server installed here: PATH decides
        }
        return require(name, install);
    }

    /** The JVM running this CLI, else java on PATH (a native CLI has no java.home). */
    public static ExternalTool java() {
        Path own = Path.of(System.getProperty("java.home", ""), "bin", "java");
        return Files.isExecutable(own) ? new ExternalTool("java", own) : require("java", "apt-get install openjdk-17-jre-headless");
    }

    /** What a finished run wrote, and how long it took (measured here, so the ticker does not round it). */
    public record Finished(String stdout, String stderr, long millis) {
    }

    /**
     * Runs the tool to its end; a non-zero exit is a failure quoting the last lines it wrote. {@code expectSeconds} > 0
     * shows "3 s / 15 s" each second, 0 shows the time elapsed.
     */
    public Finished run(String label, List<String> args, Map<String, String> env, Path dir, int expectSeconds) {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(path.toString());
        command.addAll(args);
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("bench-" + name, ".out");
            err = Files.createTempFile("bench-" + name, ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(env);
            long start = System.nanoTime();
            Process process = builder.start();
            for (int second = 1; !process.waitFor(1, TimeUnit.SECONDS); second++) {
                System.err.println(expectSeconds > 0 ? String.format("    %s: %d s / %d s", label, Math.min(second, expectSeconds), expectSeconds)
                        : String.format("    %s ... %d s", label, second));
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            Finished finished = new Finished(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), millis);
            if (process.exitValue() != 0) {
                throw new CommandFailure(label + ": " + name + " exited with " + process.exitValue() + ": " + tail(finished));
            }
            return finished;
        } catch (IOException e) {
            throw new CommandFailure(label + ": cannot run " + path + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(label + ": interrupted");
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static String tail(Finished finished) {
        List<String> lines = (finished.stderr() + finished.stdout()).lines().filter(l -> !l.isBlank()).toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    private static Optional<Path> onPath(String name) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    private static int version(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}
