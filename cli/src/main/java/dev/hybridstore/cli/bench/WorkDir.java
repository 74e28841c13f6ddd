package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A benchmark's scratch directory (scripts, id lists, tool logs, dumps), deleted with everything in it when closed. */
public final class WorkDir implements AutoCloseable {

    private final Path path;

    private WorkDir(Path path) {
        this.path = path;
    }

    public static WorkDir create(String prefix) {
        try {
            return new WorkDir(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new CommandFailure("cannot create a scratch directory: " + e.getMessage());
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("warning: could not delete " + path + ": " + e.getMessage());
        }
    }
}
