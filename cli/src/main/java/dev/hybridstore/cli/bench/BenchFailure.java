package dev.hybridstore.cli.bench;

import java.io.IOException;
import java.util.concurrent.Callable;

/** A benchmark that cannot go on: its message is what the operator reads after "error: ", and the exit status is 1. */
public class BenchFailure extends RuntimeException {

    public BenchFailure(String message) {
        super(message);
    }

    /** Runs a benchmark's body; a failure, or a service that does not answer, is printed as one line, not a stack trace. */
    public static int exitCode(Callable<Integer> bench) throws Exception {
        try {
            return bench.call();
        } catch (BenchFailure e) {
            System.out.flush();
            System.err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.out.flush();
            System.err.println("error: a service did not answer: " + e);
            return 1;
        }
    }
}
