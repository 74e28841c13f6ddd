package dev.hybridstore.coreapi.search;

import io.quarkus.logging.Log;
import java.util.concurrent.atomic.AtomicBoolean;

/** Logs a dependency going down once (WARN) and coming back once (INFO), however many requests hit it meanwhile. */
final class Outage {

    private final String what;
    private final String consequence;
    private final AtomicBoolean down = new AtomicBoolean();

    Outage(String what, String consequence) {
        this.what = what;
        this.consequence = consequence;
    }

    void failed(Throwable cause) {
        if (down.compareAndSet(false, true)) {
            Log.warnf("%s unavailable (%s); %s until it recovers", what, describe(cause), consequence);
        }
    }

    void succeeded() {
        if (down.compareAndSet(true, false)) {
            Log.infof("%s available again", what);
        }
    }

    private static String describe(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
    }
}
