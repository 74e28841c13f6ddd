package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void timesAndPercentRoundAsTheReportsPrintThem() {
        assertThat(Ratio.times(27_373, 19_314)).isEqualTo("1.4x");
        assertThat(Ratio.percent(27_373, 34_504)).isEqualTo("79%");
        assertThat(Ratio.verdict(8.9 <= 5)).isEqualTo("NOT met");
        assertThat(Ratio.verdict(4.9 <= 5)).isEqualTo("met");
    }

    @Test
    void aLimitOfZeroGivesZeroInsteadOfInfinity() {
        assertThat(Ratio.times(5, 0)).isEqualTo("0.0x");
        assertThat(Ratio.percent(5, 0)).isEqualTo("0%");
    }
}
