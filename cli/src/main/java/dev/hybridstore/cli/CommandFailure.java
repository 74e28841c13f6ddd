package dev.hybridstore.cli;

/** A command that cannot go on, said in one line ("error: ..."), exit status 1; never a stack trace. */
public class CommandFailure extends RuntimeException {

    public CommandFailure(String message) {
        super(message);
    }
}
