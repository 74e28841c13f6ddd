package dev.hybridstore.cli.db;

/** A db command that cannot go on: its message is what the operator reads after "error: ", and the exit status is 1. */
public class DbFailure extends RuntimeException {

    public DbFailure(String message) {
        super(message);
    }
}
