package dev.hybridstore.coreapi.web;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids for records created without one: a letter (seed 003's 'U…', 'P…' style), the creation time and a random part,
 * so new ids sort roughly by creation and two servers practically never collide (36^6 values per millisecond).
 */
public final class Ids {

    private static final long RANDOM_SPACE = 36L * 36 * 36 * 36 * 36 * 36;

    private Ids() {
    }

    public static String next(char prefix) {
        String time = Long.toString(System.currentTimeMillis(), 36);
        String random = Long.toString(RANDOM_SPACE + ThreadLocalRandom.current().nextLong(RANDOM_SPACE), 36).substring(1);
        return (prefix + time + random).toUpperCase(Locale.ROOT);
    }
}
