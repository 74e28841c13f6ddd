package dev.hybridstore.cli.chaos;

import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.SuiteCommand;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Runs {@code <fault command> action component [VAR=value...]} and waits for it; fails with its output if it fails. */
    public void run(Action action, String... settings) {
        String command = config.faultCommand().orElseThrow(() -> new IllegalStateException(
                "no fault command: set HYBRIDSTORE_CLI_FAULT_COMMAND (./suite sets it to './suite fault')"));
        List<String> args = new ArrayList<>(List.of(action.verb(), action.component()));
        args.addAll(List.of(settings));
        SuiteCommand.run(command, args);
    }

    /** One step of a fault: kill (SIGKILL), stop (graceful) or start a named component. */
    public record Action(String verb, String component) {
        public static Action kill(String component) {
            return new Action("kill", component);
        }

        public static Action stop(String component) {
            return new Action("stop", component);
        }

        public static Action start(String component) {
            return new Action("start", component);
        }
    }
}
