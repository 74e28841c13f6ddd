package dev.hybridstore.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeysByPatternTest {

    /** A cluster whose first master failed over to its replica, and one just added that serves no slot yet. */
    private static final String NODES = """
            a7b7 127.0.0.1:57180@47180 master,fail - 0 1796450007000 1 disconnected
            4298 127.0.0.1:57184@47184 myself,master - 0 1796450006000 7 connected 0-5460
            d5fd 10.0.0.2:6379@16379,redis-2 master - 0 1796450007553 2 connected 5461-10921 [10922->-cad6]
            8018 127.0.0.1:57185@47185 slave d5fd 0 1796450006000 6 connected
            cad6 127.0.0.1:57182@47182 master,fail? - 0 1796450006738 3 connected 10922-16383
            0000 127.0.0.1:57186@47186 master - 0 1796450006738 8 connected
            """;

    @Test
    void scansTheMastersThatServeSlotsIncludingSuspectedOnes() {
        assertThat(KeysByPattern.masters(NODES))
                .containsExactly("127.0.0.1:57184", "10.0.0.2:6379", "127.0.0.1:57182");
    }
}
