package dev.hybridstore.coreapi.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WindowTest {

    static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void instantsOfOneMinuteShareTheIndexAndTheNextMinuteStartsANewOne() {
        assertThat(Window.at(120_000, MINUTE)).isEqualTo(new Window(2, 60_000));
        assertThat(Window.at(179_999, MINUTE)).isEqualTo(new Window(2, 1));
        assertThat(Window.at(180_000, MINUTE).index()).isEqualTo(3);
    }

    @Test
    void retryAfterRoundsUpToWholeSecondsAndIsNeverZero() {
        assertThat(Window.at(120_000, MINUTE).retryAfterSeconds()).isEqualTo(60);
        assertThat(Window.at(120_001, MINUTE).retryAfterSeconds()).isEqualTo(60);
        assertThat(Window.at(178_999, MINUTE).retryAfterSeconds()).isEqualTo(2);
        assertThat(Window.at(179_999, MINUTE).retryAfterSeconds()).isEqualTo(1);
        assertThat(Window.at(5_500, Duration.ofSeconds(1)).retryAfterSeconds()).isEqualTo(1);
    }
}
