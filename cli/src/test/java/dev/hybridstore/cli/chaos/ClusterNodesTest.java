package dev.hybridstore.cli.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterNodesTest {

    // Redis 7's CLUSTER NODES on the suite's ports, after the master on 57282 was killed and 57285 took its slots.
    private static final String AFTER_FAILOVER = """
            3c3a0c74aae0b56170ccb03a76b60cfe7dc1912e 127.0.0.1:57280@47280 myself,master - 0 0 1 connected 0-5460
            a211e242fc6b22a9427fed61285e85892fa04e08 127.0.0.1:57281@47281 master - 0 1700000000000 2 connected 5461-10922
            2a0b1e9d5a3c1bd1d4b0c1f7b0c0e0c7f5e0a1b2 127.0.0.1:57282@47282 master,fail - 1700000000000 1700000000000 3 disconnected
            e7d1eaca478d9f3b1b5a1e4b2f3c4d5e6f708192 127.0.0.1:57283@47283 slave 3c3a0c74aae0b56170ccb03a76b60cfe7dc1912e 0 1700000000000 1 connected
            f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29181 127.0.0.1:57284@47284 slave a211e242fc6b22a9427fed61285e85892fa04e08 0 1700000000000 2 connected
            0a1b2c3d4e5f60718293a4b5c6d7e8f901234567 127.0.0.1:57285@47285 master - 0 1700000000000 7 connected 10923-16383
            """;

    @Test
    void theMasterOfASlotIsTheLiveMasterWhoseRangeHoldsIt() {
        ClusterNodes nodes = ClusterNodes.parse(AFTER_FAILOVER);
        assertThat(nodes.masterOf(0)).contains(57280);
        assertThat(nodes.masterOf(8219)).contains(57281);
        assertThat(nodes.masterOf(16383)).contains(57285);
    }

    @Test
    void aFailedMasterServesNothingEvenWhileItStillListsItsSlots() {
        String during = """
                2a0b1e9d5a3c1bd1d4b0c1f7b0c0e0c7f5e0a1b2 127.0.0.1:57282@47282 master,fail? - 1700000000000 0 3 connected 10923-16383
                0a1b2c3d4e5f60718293a4b5c6d7e8f901234567 127.0.0.1:57285@47285 slave 2a0b1e9d5a3c1bd1d4b0c1f7b0c0e0c7f5e0a1b2 0 0 3 connected
                """;
        assertThat(ClusterNodes.parse(during).masterOf(12000)).isEmpty();
    }

    @Test
    void singleSlotsAndSlotsInMigrationAreReadApart() {
        String migrating = "aaaa 127.0.0.1:7000@17000 myself,master - 0 0 1 connected 0-99 100 [101->-bbbb]\n";
        ClusterNodes nodes = ClusterNodes.parse(migrating);
        assertThat(nodes.masterOf(100)).contains(7000);
        assertThat(nodes.masterOf(101)).isEmpty();
    }
}
