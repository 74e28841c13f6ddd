package dev.hybridstore.coreapi.ratelimit;

import java.time.Duration;

/**
 * A fixed window of the epoch clock: every instance computes the same index for the same instant, so they count into one
 * Redis key. {@code millisLeft} is the time until the next window starts.
 */
record Window(long index, long millisLeft) {

    static Window at(long epochMillis, Duration length) {
        long size = length.toMillis();
        return new Window(Math.floorDiv(epochMillis, size), size - Math.floorMod(epochMillis, size));
    }

    /** Retry-After: whole seconds until the window resets, at least 1. */
    long retryAfterSeconds() {
        return Math.max(1, (millisLeft + 999) / 1000);
    }
}
