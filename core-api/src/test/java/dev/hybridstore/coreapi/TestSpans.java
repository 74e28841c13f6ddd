package dev.hybridstore.coreapi;

import dev.hybridstore.testsupport.RecentSpans;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The tests' span exporter: every span the application ends, in memory (and none sent over the network). */
@Singleton
public class TestSpans {

    @Produces
    @Singleton
    RecentSpans spans() {
        return new RecentSpans();
    }
}
