package dev.hybridstore.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * infra/deploy/deploy.sh, through --dry-run: the steps of seed 000's deploy flow, in order, with the commands the
 * real run executes, and nothing changed on the machine.
 */
class DeployScriptTest {

    static final Pattern STEP = Pattern.compile("^\\[(\\d+)/(\\d+)] (.+)$");
    static final List<String> JVM_UNITS = List.of("hybridstore-core-api.service", "hybridstore-order-consumer.service",
            "hybridstore-cache-worker.service", "hybridstore-ai-worker.service");
    static final List<String> NATIVE_UNITS = List.of("hybridstore-core-api-native.service",
            "hybridstore-order-consumer-native.service", "hybridstore-cache-worker-native.service",
            "hybridstore-ai-worker-native.service");

    final Path root = Repo.root();
    final Path script = root.resolve("infra/deploy/deploy.sh");

    @TempDir
    Path tmp;

    Repo.Result deploy(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        return Repo.run(root, Map.of("ADMIN_TOKEN", "must-never-be-printed"), command);
    }

    /** A successful dry run into a prefix under the test's temporary folder. */
    DryRun dryRun(String... extra) {
        List<String> args = new ArrayList<>(List.of("--dry-run", "--prefix", tmp.resolve("opt").toString()));
        args.addAll(List.of(extra));
        Repo.Result r = deploy(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.describe()).isZero();
        return new DryRun(r);
    }

    /** The output of a dry run, cut into its steps. */
    record DryRun(Repo.Result result, List<Step> steps) {
        DryRun(Repo.Result result) {
            this(result, parse(result.out()));
        }

        static List<Step> parse(String out) {
            List<Step> steps = new ArrayList<>();
            for (String line : out.split("\n")) {
                Matcher m = STEP.matcher(line);
                if (m.matches()) {
                    steps.add(new Step(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), new ArrayList<>()));
                } else if (!steps.isEmpty() && line.startsWith("    ")) {
                    steps.get(steps.size() - 1).lines().add(line.strip());
                }
            }
            return steps;
        }

        /** Index of the first step whose description contains the word (case-insensitive). */
        int indexOf(String word) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).description().toLowerCase().contains(word)) {
                    return i;
                }
            }
            throw new AssertionError("no step mentions '" + word + "' in:\n" + result.out());
        }

        Step step(String word) {
            return steps.get(indexOf(word));
        }

        /** Every printed command ('$ ...' lines) of the run. */
        List<String> commands() {
            return steps.stream().flatMap(s -> s.commands().stream()).toList();
        }
    }

    record Step(int number, int total, String description, List<String> lines) {
        List<String> commands() {
            return lines.stream().filter(l -> l.startsWith("$ ")).map(l -> l.substring(2)).toList();
        }

        String text() {
            return description + "\n" + String.join("\n", lines);
        }
    }

    @Test
    void theScriptIsExecutableAndStrict() {
        assertThat(script).isRegularFile().isExecutable();
        assertThat(Repo.read(script)).startsWith("#!/usr/bin/env bash").containsPattern("(?m)^set -E?euo pipefail$");
    }

    @Test
    void dryRunNumbersEveryStepAndExitsZero() {
        DryRun run = dryRun();
        assertThat(run.steps()).as(run.result().out()).isNotEmpty();
        int total = run.steps().get(0).total();
        assertThat(run.steps()).extracting(Step::total).containsOnly(total);
        assertThat(run.steps()).extracting(Step::number).containsExactlyElementsOf(
                Stream.iterate(1, i -> i + 1).limit(total).toList());
        assertThat(run.steps()).allSatisfy(s -> assertThat(s.commands()).as("step %s prints its commands", s.description())
                .isNotEmpty());
    }

    @Test
    void stepsRunInTheOrderPullBuildMigrateInstallRestartHealth() {
        DryRun run = dryRun();
        List<Integer> order = Stream.of("pull", "build", "migrat", "install", "restart", "health summary").map(run::indexOf).toList();
        assertThat(order).as(run.result().out()).isSorted().doesNotHaveDuplicates();

        assertThat(run.step("pull").commands()).anyMatch(c -> c.contains("git") && c.endsWith("pull --ff-only"));
        assertThat(run.step("build").commands()).anyMatch(c -> c.contains("mvnw") && c.contains(" package") && c.contains("-DskipTests"));
        assertThat(run.step("migrat").commands()).anyMatch(c -> c.contains("POST")
                && c.contains("http://127.0.0.1:8080/admin/db/migrations/upgrade"));
        assertThat(run.step("migrat").text()).contains("Authorization: Bearer $ADMIN_TOKEN").contains("at start");
        assertThat(run.step("health summary").text()).contains("/q/health/ready");
    }

    @Test
    void theAdminTokenIsNeverPrinted() {
        Repo.Result r = dryRun().result();
        assertThat(r.out() + r.err()).doesNotContain("must-never-be-printed");
    }

    @Test
    void coreApiIsRestartedAndReadyBeforeTheWorkersRestart() {
        DryRun run = dryRun();
        List<String> commands = run.commands();
        int coreRestart = indexOfCommand(commands, "systemctl restart hybridstore-core-api.service");
        int coreReady = indexOfCommand(commands, "http://127.0.0.1:8080/q/health/ready");
        int workersRestart = indexOfCommand(commands, "systemctl restart hybridstore-order-consumer.service");
        assertThat(coreRestart).as(run.result().out()).isLessThan(coreReady);
        assertThat(coreReady).as(run.result().out()).isLessThan(workersRestart);
        assertThat(commands.get(workersRestart)).contains("hybridstore-cache-worker.service", "hybridstore-ai-worker.service");
    }

    @Test
    void jvmDeployInstallsTheFastJarAndRestartsTheJvmUnits() {
        DryRun run = dryRun();
        assertThat(run.step("install the artifacts").commands())
                .anyMatch(c -> c.contains("core-api/target/quarkus-app") && c.contains(tmp.resolve("opt/core-api").toString()));
        List<String> restarts = restarts(run);
        assertThat(String.join(" ", restarts)).contains(JVM_UNITS.toArray(String[]::new)).doesNotContain("-native");
    }

    @Test
    void nativeDeployBuildsTheExecutablesAndRestartsTheNativeUnits() {
        DryRun run = dryRun("--native");
        assertThat(run.step("build").commands())
                .anyMatch(c -> c.contains("mvnw") && c.contains("-Pnative") && c.contains("-Dquarkus.native.sources-only=false"));
        assertThat(run.step("install the artifacts").commands())
                .anyMatch(c -> c.contains("-runner") && c.contains(tmp.resolve("opt/core-api").toString()));
        String restarts = String.join(" ", restarts(run));
        assertThat(restarts).contains(NATIVE_UNITS.toArray(String[]::new));
        for (String jvm : JVM_UNITS) {
            assertThat(restarts).as("restarts").doesNotContainPattern("(^| )" + Pattern.quote(jvm));
        }
        assertThat(run.commands()).anyMatch(c -> c.equals("systemctl disable --now hybridstore-core-api.service"));
    }

    @Test
    void extraConsumersRunAsTemplateInstancesOnTheSuitePorts() {
        DryRun run = dryRun("--consumers", "3");
        String restarts = String.join(" ", restarts(run));
        assertThat(restarts).contains("hybridstore-order-consumer.service", "hybridstore-order-consumer@8181.service",
                "hybridstore-order-consumer@8191.service");
        assertThat(run.step("health summary").text()).contains("127.0.0.1:8081/", "127.0.0.1:8181/", "127.0.0.1:8191/");

        String nativeRestarts = String.join(" ", restarts(dryRun("--native", "--consumers", "2")));
        assertThat(nativeRestarts).contains("hybridstore-order-consumer-native@8181.service");
    }

    @Test
    void theUnitsAreInstalledAndSystemdReloadedBeforeAnyRestart() {
        DryRun run = dryRun();
        List<String> commands = run.commands();
        int reload = indexOfCommand(commands, "systemctl daemon-reload");
        assertThat(commands.subList(0, reload)).anyMatch(c -> c.contains("/etc/systemd/system/hybridstore-core-api.service"))
                .noneMatch(c -> c.contains("systemctl restart"));
        // A non-default prefix is written into the installed units.
        assertThat(commands.subList(0, reload)).anyMatch(c -> c.contains("/opt/hybridstore#" + tmp.resolve("opt")));
    }

    @Test
    void dryRunChangesNothing() throws IOException {
        Repo.Result r = dryRun("--consumers", "2").result();
        Repo.Result n = dryRun("--native").result();
        assertThat(r.out()).contains("nothing was executed");
        assertThat(n.out()).contains("nothing was executed");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("files the dry runs created under the prefix's folder").isEmpty();
        }
    }

    @Test
    void refusesToRunForRealWithoutRoot() throws IOException {
        // Run from a world-readable copy, as an unprivileged user when the tests themselves run as root.
        Path dir = Files.createDirectories(tmp.resolve("deploy"));
        Path copy = Files.copy(script, dir.resolve("deploy.sh"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            Path setpriv = Repo.onPath("setpriv");
            assertThat(setpriv).as("setpriv (util-linux) is needed to run the script as an unprivileged user").isNotNull();
            command.addAll(List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of("bash", copy.toString(), "--prefix", tmp.resolve("opt").toString()));
        Repo.Result r = Repo.run(tmp, Map.of(), command);
        assertThat(r.exit()).as(r.describe()).isNotZero();
        assertThat(r.err()).as(r.describe()).contains("must run as root").contains("--dry-run");
        assertThat(tmp.resolve("opt")).doesNotExist();
    }

    @Test
    void helpDescribesEveryOption() {
        Repo.Result r = deploy("--help");
        assertThat(r.exit()).as(r.describe()).isZero();
        assertThat(r.out()).contains("--dry-run", "--native", "--prefix", "--consumers", "--help");
    }

    @Test
    void rejectsUnknownOptionsAndBadConsumerCounts() {
        Repo.Result unknown = deploy("--dry-run", "--frobnicate");
        assertThat(unknown.exit()).as(unknown.describe()).isNotZero();
        assertThat(unknown.err()).contains("--frobnicate");
        Repo.Result zero = deploy("--dry-run", "--consumers", "0");
        assertThat(zero.exit()).as(zero.describe()).isNotZero();
        assertThat(zero.err()).contains("--consumers");
    }

    static List<String> restarts(DryRun run) {
        return run.commands().stream().filter(c -> c.startsWith("systemctl restart ")).toList();
    }

    static int indexOfCommand(List<String> commands, String fragment) {
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).contains(fragment)) {
                return i;
            }
        }
        throw new AssertionError("no command contains '" + fragment + "' in:\n" + String.join("\n", commands));
    }

    static boolean isRoot() {
        Repo.Result id = Repo.run(Path.of("/"), Map.of(), List.of("id", "-u"));
        return id.exit() == 0 && id.out().strip().equals("0");
    }
}
