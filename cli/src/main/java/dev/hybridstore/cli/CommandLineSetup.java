package dev.hybridstore.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import picocli.CommandLine;

/** The command line every command runs in: a {@link CommandFailure} is printed as one line, not as a stack trace. */
@ApplicationScoped
class CommandLineSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        return factory.create().setExecutionExceptionHandler((e, line, parsed) -> {
            if (!(e instanceof CommandFailure)) {
                throw e;
            }
            line.getErr().println("error: " + e.getMessage());
            line.getErr().flush();
            return 1;
        });
    }
}
