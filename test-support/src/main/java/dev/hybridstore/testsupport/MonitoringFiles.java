package dev.hybridstore.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The metrics the shipped alert rules (infra/prometheus/rules/*.yml) and Grafana dashboards
 * (infra/grafana/dashboards/*.json) read, each with where it is read: the alert, or the panel's title.
 */
public final class MonitoringFiles {

    public static final List<String> SERVICES = List.of("core-api", "order-consumer", "cache-worker", "ai-worker");
    /** Series Prometheus writes itself for each target: on no /q/metrics page. */
    static final Set<String> PROMETHEUS_OWN = Set.of("up");

    /** One selector of one expression; it concerns the jobs it names, or every service when it names none. */
    public record Reference(String where, PromQl.Selector selector) {
        public boolean concerns(String service) {
            return !PROMETHEUS_OWN.contains(selector.metric()) && (selector.jobs().isEmpty() || selector.jobs().contains(service));
        }

        @Override
        public String toString() {
            return selector.metric() + " (" + where + ")";
        }
    }

    private MonitoringFiles() {
    }

    /** The references that concern {@code job} and name a series {@code page} does not have. */
    public static List<Reference> missing(List<Reference> references, String job, MetricsPage page) {
        Set<String> exposed = page.names();
        return references.stream().filter(r -> r.concerns(job) && !exposed.contains(r.selector().metric())).toList();
    }

    /** The references of the files in this checkout. */
    public static List<Reference> shipped() {
        return read(root());
    }

    static List<Reference> read(Path root) {
        List<Reference> references = new ArrayList<>();
        for (Path file : files(root.resolve("infra/prometheus/rules"), ".yml")) {
            for (JsonNode group : tree(new YAMLMapper(), file).path("groups")) {
                for (JsonNode rule : group.path("rules")) {
                    String name = rule.has("alert") ? "alert " + rule.path("alert").asText() : "record " + rule.path("record").asText();
                    add(references, root.relativize(file) + ", " + name, rule.path("expr").asText());
                }
            }
        }
        for (Path file : files(root.resolve("infra/grafana/dashboards"), ".json")) {
            panels(tree(new ObjectMapper(), file), root.relativize(file).toString(), references);
        }
        return references;
    }

    /** Every panel at any depth (rows hold panels): the expressions of its targets. */
    private static void panels(JsonNode node, String file, List<Reference> references) {
        if (node.isObject() && node.has("targets")) {
            for (JsonNode target : node.path("targets")) {
                add(references, file + ", panel \"" + node.path("title").asText() + "\"", target.path("expr").asText());
            }
        }
        node.forEach(child -> panels(child, file, references));
    }

    private static void add(List<Reference> references, String where, String expr) {
        if (expr.isBlank()) {
            throw new IllegalArgumentException(where + " has no expression");
        }
        PromQl.selectors(expr).forEach(selector -> references.add(new Reference(where, selector)));
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static JsonNode tree(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The repository root: the nearest folder above the working directory that holds {@code ./suite} and infra/. */
    public static Path root() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("suite")) && Files.isDirectory(dir.resolve("infra"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (a folder with ./suite and infra/) above " + start);
    }
}
