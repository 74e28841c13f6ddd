package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.seed.SeedCommand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import picocli.CommandLine;

/** Tops a benchmark's dataset up to the size it measures, with this CLI's own {@code seed} command. */
@ApplicationScoped
public class Seeder {

    @Inject
    Instance<SeedCommand> seed;
    @Inject
    BenchDatabase db;

    /** Seeds users and products up to the numbers given, when fewer exist. */
    public void topUp(long users, long products) {
        long moreUsers = Math.max(0, users - db.number("SELECT count(*) FROM users"));
        long moreProducts = Math.max(0, products - db.number("SELECT count(*) FROM products"));
        if (moreUsers + moreProducts > 0) {
            add(moreUsers, moreProducts, 0);
        }
    }

    /** Adds the given numbers of users, products and orders (new keys after the existing ones), its output shown as it runs. */
    public void add(long users, long products, long orders) {
        String[] args = {"--users", Long.toString(users), "--products", Long.toString(products), "--orders", Long.toString(orders)};
        System.out.println("==> seeding " + String.join(" ", args) + " (hybridstore seed)");
        int exit = new CommandLine(seed.get()).execute(args);
        if (exit != 0) {
            throw new CommandFailure("seeding failed (hybridstore seed " + String.join(" ", args) + " exited with " + exit + ")");
        }
    }
}
