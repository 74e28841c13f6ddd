package dev.hybridstore.testsupport;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Ids no other test class or earlier run uses, so tests own their rows on a dirty machine. */
public final class TestIds {

    private final String prefix;
    private final AtomicInteger next = new AtomicInteger();

    private TestIds(String prefix) {
        this.prefix = prefix;
    }

    /** A generator whose ids start with the given tag and a random run part, e.g. {@code T_USR_k3f9_1}. */
    public static TestIds create(String tag) {
        String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
        return new TestIds("T_" + tag + "_" + run);
    }

    public String next() {
        return prefix + "_" + next.incrementAndGet();
    }

    public String prefix() {
        return prefix;
    }
}
