package dev.hybridstore.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import picocli.CommandLine;

/**
 * The command line every command runs in: a {@link CommandFailure}, or a service that does not answer, is printed as one
 * line, not as a stack trace.
 */
@ApplicationScoped
class CommandLineSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        return factory.create().setExecutionExceptionHandler((e, line, parsed) -> {
            if (!(e instanceof CommandFailure || e instanceof IOException)) {
                throw e;
            }
            line.getOut().flush();
            line.getErr().println(e instanceof IOException ? "error: a service did not answer: " + e : "error: " + e.getMessage());
            line.getErr().flush();
            return 1;
        });
    }
}
