package dev.hybridstore.coreapi.admin;

import dev.hybridstore.platform.problem.ProblemException;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** One schema-changing operation per database at a time in this service: a second one gets 409 instead of interleaving. */
@Singleton
public class OperationLocks {

    private final Map<String, String> running = new ConcurrentHashMap<>();

    public <T> T exclusive(String database, String operation, Supplier<T> work) {
        String other = running.putIfAbsent(database, operation);
        if (other != null) {
            throw ProblemException.conflict("'" + other + "' is running on " + database + "; try again when it has finished");
        }
        try {
            return work.get();
        } finally {
            running.remove(database);
        }
    }
}
