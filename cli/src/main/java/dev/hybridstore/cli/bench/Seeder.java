package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CliConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Tops a benchmark's dataset up to the size it measures, with the deployment's seed command. */
@ApplicationScoped
public class Seeder {

    private final CliConfig config;

    Seeder(CliConfig config) {
        this.config = config;
    }

    /** Adds the given numbers of users, products and orders (new keys after the existing ones), its output shown as it runs. */
    public void add(long users, long products, long orders) {
        List<String> args = List.of("--users", Long.toString(users), "--products", Long.toString(products), "--orders", Long.toString(orders));
        String command = config.seedCommand().orElseThrow(() -> new BenchFailure("the database needs more rows and HYBRIDSTORE_CLI_SEED_COMMAND "
                + "is not set: seed them first (./suite seed " + String.join(" ", args) + "), or run the benchmark through ./suite bench"));
        System.out.println("==> seeding " + String.join(" ", args));
        List<String> line = new ArrayList<>(Arrays.asList(command.trim().split("\\s+")));
        line.addAll(args);
        try {
            int exit = new ProcessBuilder(line).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new BenchFailure("seeding failed (" + command + " exited with " + exit + ")");
            }
        } catch (IOException e) {
            throw new BenchFailure("cannot run the seed command '" + command + "': " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted while seeding");
        }
    }
}
