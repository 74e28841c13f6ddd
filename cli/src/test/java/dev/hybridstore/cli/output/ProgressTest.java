package dev.hybridstore.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter out = new StringWriter();

    @Test
    void onATerminalEachUpdateRewritesTheLineAndNotesStayAboveIt() {
        Progress progress = new Progress(new PrintWriter(out), true, Duration.ofHours(1));

        progress.update("1s");
        progress.update("2s");
        progress.note("a line that stays");
        progress.update("3s");
        progress.clear();

        assertThat(out).hasToString("\r1s\033[K\r2s\033[K\r\033[Ka line that stays\n\r3s\033[K\r\033[K");
    }

    @Test
    void elsewhereUpdatesWithinTheIntervalAreLeftOut() {
        Progress progress = new Progress(new PrintWriter(out), false, Duration.ofHours(1));

        progress.update("1s");
        progress.note("a line that stays");
        progress.update("2s");
        progress.clear();

        assertThat(out).hasToString("a line that stays\n");
    }

    @Test
    void elsewhereEachUpdateOnceTheIntervalIsOverIsALine() {
        Progress progress = new Progress(new PrintWriter(out), false, Duration.ZERO);

        progress.update("1s");
        progress.update("2s");
        progress.clear();

        assertThat(out).hasToString("1s\n2s\n");
    }
}
