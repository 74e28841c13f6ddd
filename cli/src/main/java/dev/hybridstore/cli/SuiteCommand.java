package dev.hybridstore.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs one of the deployment's own commands (./suite fault, ./suite seed): how processes start is not the CLI's business. */
public final class SuiteCommand {

    private SuiteCommand() {
    }

    /** Runs {@code command args...} and waits for it; fails with its output if it fails. */
    public static void run(String command, List<String> args) {
        List<String> argv = new ArrayList<>(List.of(command.trim().split("\\s+")));
        argv.addAll(args);
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("'" + String.join(" ", argv) + "' failed:\n" + output.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run '" + command + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running '" + String.join(" ", argv) + "'", e);
        }
    }
}
