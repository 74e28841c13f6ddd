package dev.hybridstore.testsupport.deploy;

import dev.hybridstore.testsupport.MonitoringFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The repository checkout these tests inspect, and a way to run its scripts and tools. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        return MonitoringFiles.root();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** What a finished command left behind. */
    record Result(List<String> command, int exit, String out, String err) {
        /** For assertion messages: the command and everything it printed. */
        String describe() {
            return "$ " + String.join(" ", command) + "\n(exit " + exit + ")\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    /**
     * Runs a command in {@code dir} with the environment of this JVM, changed by {@code env}: a null value removes
     * the variable. Fails if the command does not finish within a minute.
     */
    static Result run(Path dir, Map<String, String> env, List<String> command) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("repo-run", ".out");
            err = Files.createTempFile("repo-run", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            env.forEach((k, v) -> {
                if (v == null) {
                    pb.environment().remove(k);
                } else {
                    pb.environment().put(k, v);
                }
            });
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after 60 s: " + String.join(" ", command) + "\n" + read(out) + read(err));
            }
            return new Result(command, p.exitValue(), read(out), read(err));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        } finally {
            for (Path p : new Path[] { out, err }) {
                if (p != null) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // a leftover temp file is harmless
                    }
                }
            }
        }
    }

    /** The absolute path of an executable on PATH, or null. */
    static Path onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
