package dev.hybridstore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CLI as an operator starts it: --help lists every command, each with its line of description. */
@QuarkusMainTest
class HybridstoreCommandTest {

    @Test
    @Launch("--help")
    void helpListsEveryOperatorCommandWithItsLine(LaunchResult result) {
        String help = result.getOutput();
        // "  name  first line of its description", continuation lines indented further
        Map<String, String> commands = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length()).lines()
                .filter(line -> line.matches("  \\S.*")).map(String::strip)
                .collect(Collectors.toMap(line -> line.split("\\s+", 2)[0], line -> line.split("\\s+", 2).length > 1 ? line.split("\\s+", 2)[1] : ""));

        assertThat(commands).containsKeys("bench", "chaos", "db", "seed");
        assertThat(commands).allSatisfy((name, line) -> assertThat(line).as(name).isNotBlank());
        assertThat(commands.get("seed")).startsWith("Add realistic, deterministic dummy data");
    }
}
