package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hybridstore.cli.CommandFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolTest {

    @TempDir
    Path dir;

    @Test
    void aMissingToolIsNamedWithThePackageThatHasIt() {
        assertThatThrownBy(() -> new Tool("no-such-bench-tool", "some-package").path()).isInstanceOf(CommandFailure.class)
                .hasMessage("no-such-bench-tool is not installed or not on the PATH (apt-get install some-package)");
    }

    @Test
    void aToolsOutputComesBackAndEachSecondItRunsIsReported() throws InterruptedException {
        List<Long> ticks = new ArrayList<>();

        String out = new Tool("sh", "dash").run(List.of("-c", "sleep 1.2; echo \"$GREETING\""), Map.of("GREETING", "hello"), dir, ticks::add);

        assertThat(out).isEqualTo("hello\n");
        assertThat(ticks).startsWith(1L);
    }

    @Test
    void aFailingToolFailsTheCommandWithTheEndOfItsOutput() {
        assertThatThrownBy(() -> new Tool("sh", "dash").run(List.of("-c", "echo broken >&2; exit 3"), Map.of(), dir, Tool.QUIET))
                .isInstanceOf(CommandFailure.class).hasMessage("sh failed (exit 3): broken");
    }
}
