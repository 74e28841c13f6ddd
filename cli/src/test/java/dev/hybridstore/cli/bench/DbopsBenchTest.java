package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DbopsBenchTest {

    @Test
    void restoreListLeavesOutTheExtensionsAndTheirCommentsOnly() {
        String list = DbopsBench.withoutExtensions(Samples.read("pg_restore-toc.txt"));

        assertThat(list).doesNotContain("EXTENSION");
        assertThat(list).contains("TABLE public bench_sample hybridstore", "TABLE DATA public bench_sample", "CONSTRAINT public bench_sample");
    }

    @Test
    void verdictComparesWithTheSeedsLimitThenOurAim() {
        assertThat(DbopsBench.verdict(5_600, 300_000)).isEqualTo("ok");
        assertThat(DbopsBench.verdict(45_000, 60_000)).isEqualTo("within the limit, over our aim");
        assertThat(DbopsBench.verdict(61_000, 60_000)).isEqualTo("OVER the seed's limit");
    }
}
