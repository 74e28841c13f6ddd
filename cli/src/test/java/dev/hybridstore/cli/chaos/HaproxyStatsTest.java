package dev.hybridstore.cli.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HaproxyStatsTest {

    // The first columns of haproxy 2.x's /stats;csv, as the cluster topology's haproxy serves it.
    private static final String CSV = """
            # pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status,weight,
            api,FRONTEND,,,0,3,262124,120,,,0,0,0,,,,,OPEN,,
            core-api,core-api-1,0,0,0,2,,60,,,,0,,0,0,0,0,UP,1,
            core-api,core-api-2,0,0,0,2,,58,,,,0,,3,0,2,1,DOWN,1,
            core-api,BACKEND,0,0,0,3,,118,,,0,0,,3,0,2,1,UP,1,
            """;

    @Test
    void aServersStatusIsReadFromItsBackendsRow() {
        assertThat(HaproxyStats.status(CSV, "core-api", "core-api-1")).contains("UP");
        assertThat(HaproxyStats.status(CSV, "core-api", "core-api-2")).contains("DOWN");
        assertThat(HaproxyStats.status(CSV, "core-api", "core-api-3")).isEmpty();
        assertThat(HaproxyStats.status("<html>not stats</html>", "core-api", "core-api-1")).isEmpty();
    }

    @Test
    void onlyAServerWithoutTrafficCountsAsMarkedDown() {
        assertThat(HaproxyStats.down("DOWN")).isTrue();
        assertThat(HaproxyStats.down("DOWN 1/2")).isTrue();
        assertThat(HaproxyStats.down("UP 1/2")).isFalse();
        assertThat(HaproxyStats.down("UP")).isFalse();
    }
}
