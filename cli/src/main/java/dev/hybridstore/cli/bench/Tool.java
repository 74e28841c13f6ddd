package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/** An external program a benchmark drives: found on the PATH (else a failure naming it and its package), run to its end. */
record Tool(String name, String debianPackage) {

    static final LongConsumer QUIET = seconds -> {
    };

    Path path() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new CommandFailure(name + " is not installed or not on the PATH (apt-get install " + debianPackage + ")");
    }

    /**
     * Runs {@code name args} in {@code dir} with {@code env} added, calling {@code eachSecond} with the seconds elapsed while it
     * runs; answers its output (stdout and stderr). A non-zero exit fails the command with the output's end.
     */
    String run(List<String> args, Map<String, String> env, Path dir, LongConsumer eachSecond) throws InterruptedException {
        List<String> argv = new ArrayList<>(List.of(path().toString()));
        argv.addAll(args);
        try {
            Path output = Files.createTempFile(dir, name, ".out");
            ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            long seconds = 0;
            while (!process.waitFor(1, TimeUnit.SECONDS)) {
                eachSecond.accept(++seconds);
            }
            String text = Files.readString(output);
            Files.delete(output);
            if (process.exitValue() != 0) {
                String tail = text.strip();
                throw new CommandFailure(name + " failed (exit " + process.exitValue() + "): " + tail.substring(Math.max(0, tail.length() - 600)));
            }
            return text;
        } catch (IOException e) {
            throw new CommandFailure("cannot run " + name + ": " + e.getMessage());
        }
    }
}
