package dev.hybridstore.cli.chaos;

import dev.hybridstore.cli.CliConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Kills, stops and starts the suite's components through the deployment's own fault command (./suite's 'fault'):
 * how a process is started belongs to whoever started it, not to the campaign that counts.
 */
@ApplicationScoped
public class FaultDriver {

    private final CliConfig config;

    FaultDriver(CliConfig config) {
        this.config = config;
    }

    /** Runs {@code <fault command> action component} and waits for it; fails with its output if it fails. */
    public void run(Action action) {
        String command = config.faultCommand().orElseThrow(() -> new IllegalStateException(
                "no fault command: set HYBRIDSTORE_CLI_FAULT_COMMAND (./suite chaos sets it to './suite fault')"));
        List<String> argv = new ArrayList<>(List.of(command.trim().split("\\s+")));
        argv.add(action.verb());
        argv.add(action.component());
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("'" + String.join(" ", argv) + "' failed:\n" + output.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the fault command '" + command + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running '" + String.join(" ", argv) + "'", e);
        }
    }

    /** One step of a fault: kill (SIGKILL), stop (graceful) or start a named component. */
    public record Action(String verb, String component) {
        static Action kill(String component) {
            return new Action("kill", component);
        }

        static Action stop(String component) {
            return new Action("stop", component);
        }

        static Action start(String component) {
            return new Action("start", component);
        }
    }
}
