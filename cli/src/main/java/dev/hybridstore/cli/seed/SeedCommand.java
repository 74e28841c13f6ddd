package dev.hybridstore.cli.seed;

import dev.hybridstore.cli.guard.ProductionGuard;
import dev.hybridstore.cli.guard.ProductionGuard.Refused;
import dev.hybridstore.cli.output.Table;
import dev.hybridstore.cli.postgres.Postgres;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hybridstore seed}: realistic, deterministic dummy data. The generation is SQL (infra/postgres/seed, carried
 * on the classpath), run in one transaction: all of it commits, or nothing.
 */
@Command(name = "seed", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Add realistic, deterministic dummy data to DATABASE_URL's database.",
                "New keys continue after the existing ones, so it can run again on a database that has data. Embeddings stay "
                        + "NULL: ai-worker computes them."},
        footer = {"", "Exit status: 0 done, 1 failed (nothing written), 2 refused (a production database without "
                + "--confirm-production, or a bad option)."})
public class SeedCommand implements Callable<Integer> {

    private static final int MAX_COUNT = 100_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--users", paramLabel = "N", description = "users 'U0000001'...: Korean names, gender, age 18-70 with age_group, region, join date")
    int users;
    @Option(names = "--products", paramLabel = "N", description = "products 'P0000001'...: Korean names, category, brand, prices and discount, stock, store")
    int products;
    @Option(names = "--orders", paramLabel = "N", description = "orders 'O0000000001'... over the 30 days before --as-of, with the denormalized columns")
    int orders;
    @Option(names = "--stores", paramLabel = "N", description = "stores (default: 20 when the database has none and products are seeded, else 0)")
    Integer stores;
    @Option(names = "--questions", paramLabel = "N", description = "interview questions of KAKAO, NAVER, COUPANG, LINE, TOSS, ... (companies come with them)")
    int questions;
    @Option(names = "--interviews", paramLabel = "N", description = "interview answers with scores and an evaluation")
    int interviews;
    @Option(names = "--manuals", paramLabel = "N", description = "store manuals (Korean), for the stores present")
    int manuals;
    @Option(names = "--catalog", paramLabel = "N", description = "pokervod projects, each with seasons, events, episodes, videos, hand clips, tags, players")
    int catalog;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "0..2147483647, default 42: the same seed on the same starting data gives the same rows")
    int seed;
    @Option(names = "--as-of", paramLabel = "TIME", description = "the \"now\" the data is generated around, 'YYYY-MM-DD[ HH:MM[:SS]]' (default today 00:00, so same-day runs repeat)")
    String asOf;
    @Option(names = "--batch", paramLabel = "N", defaultValue = "100000", description = "rows per INSERT, default 100000")
    int batch;
    @Option(names = "--confirm-production", paramLabel = "DB", description = "required when SUITE_ENV=production or the database is marked production; must name the database of DATABASE_URL")
    String confirm;

    private final Postgres postgres;
    private final ProductionGuard guard;

    public SeedCommand(Postgres postgres, ProductionGuard guard) {
        this.postgres = postgres;
        this.guard = guard;
    }

    @Override
    public Integer call() {
        Map<Kind, Integer> counts = counts();
        PrintWriter err = spec.commandLine().getErr();
        try (Connection c = connect()) {
            guard.check("seeding dummy data into", postgres, confirm).ifPresent(warning -> err.println("warning: " + warning));
            long existingStores = count(c, "public.stores");
            if (stores == null) {
                // A store-less database gets 20, so products and orders have stores to belong to.
                counts.put(Kind.STORES, products > 0 && existingStores == 0 ? 20 : 0);
            }
            c.setAutoCommit(false);
            try {
                long started = System.nanoTime();
                Map<String, long[]> added = seed(c, counts, err);
                long committing = System.nanoTime();
                c.commit();
                err.printf("committed in %s; done in %s%n", SeedProgress.seconds(committing), SeedProgress.seconds(started));
                spec.commandLine().getOut().print(summary(added));
                return 0;
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw new Failure("seeding failed: " + message(e) + "; the transaction was rolled back, nothing was written");
            }
        } catch (Refused e) {
            err.println("refused: " + e.getMessage());
            return ProductionGuard.REFUSED;
        } catch (Failure | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            err.println("error: " + message(e));
            return 1;
        } finally {
            err.flush();
        }
    }

    private Map<String, long[]> seed(Connection c, Map<Kind, Integer> counts, PrintWriter err) throws SQLException {
        SeedScript script = new SeedScript(c, warning -> err.println("warning: " + warning)).set("seed", seed).set("as_of", asOf == null ? "" : asOf);
        counts.forEach((kind, n) -> script.set(kind.id(), n));
        script.run("begin.sql");
        err.printf("seeding %s  (seed %d, as of %s)%n", postgres.redacted(), seed, script.get("as_of"));
        Set<String> tables = new LinkedHashSet<>();
        counts.forEach((kind, n) -> {
            if (n > 0) {
                tables.addAll(kind.tables);
            }
        });
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, new long[] {count(c, table), 0});
        }
        SeedProgress progress = new SeedProgress(err, System.console() != null);
        for (var entry : counts.entrySet()) {
            Kind kind = entry.getKey();
            int total = entry.getValue();
            if (total == 0) {
                continue;
            }
            progress.start(kind, total);
            script.run(kind.id() + ".prepare.sql");
            for (int lo = 1, step = kind.batch(batch); lo <= total; lo += step) {
                int hi = (int) Math.min((long) lo + step - 1, total);
                script.set("lo", lo).set("hi", hi).run(kind.id() + ".batch.sql");
                progress.progress(hi);
            }
            if (SeedScript.exists(kind.id() + ".finish.sql")) {
                progress.finishing();
                script.run(kind.id() + ".finish.sql");
            }
            progress.done();
        }
        long analyzing = System.nanoTime();
        try (Statement s = c.createStatement()) {
            if (!tables.isEmpty()) {
                s.execute("ANALYZE " + String.join(", ", tables));
            }
        }
        for (var entry : rows.entrySet()) {
            entry.getValue()[1] = count(c, entry.getKey());
        }
        err.printf("statistics refreshed and rows counted in %s%n", SeedProgress.seconds(analyzing));
        return rows;
    }

    /** The options as counts per kind, checked (a bad value exits 2 with the usage). */
    private Map<Kind, Integer> counts() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        counts.put(Kind.STORES, stores == null ? 0 : stores);
        counts.put(Kind.USERS, users);
        counts.put(Kind.PRODUCTS, products);
        counts.put(Kind.ORDERS, orders);
        counts.put(Kind.QUESTIONS, questions);
        counts.put(Kind.INTERVIEWS, interviews);
        counts.put(Kind.MANUALS, manuals);
        counts.put(Kind.CATALOG, catalog);
        counts.forEach((kind, n) -> within("--" + kind.id(), n, MAX_COUNT));
        within("--seed", seed, Integer.MAX_VALUE);
        within("--batch", batch, 1_000_000);
        if (batch == 0) {
            throw new ParameterException(spec.commandLine(), "--batch must be > 0");
        }
        if (asOf != null) {
            if (!asOf.matches("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?)?")) {
                throw new ParameterException(spec.commandLine(), "--as-of takes 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM[:SS]', got '" + asOf + "'");
            }
            asOf = asOf.replace('T', ' ');
        }
        return counts;
    }

    private void within(String option, int value, int max) {
        if (value < 0 || value > max) {
            throw new ParameterException(spec.commandLine(), option + " needs a whole number (0.." + max + "), got " + value);
        }
    }

    private Connection connect() {
        try {
            return postgres.connect();
        } catch (SQLException e) {
            throw new Failure("cannot reach " + postgres.redacted() + " (is the stack up? ./suite up): " + message(e));
        }
    }

    /** A broken connection cannot roll back, but the server does when it goes: either way nothing is written. */
    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is gone, and with it the transaction
        }
    }

    /** Rows of a table; a missing table means the migrations have not run. */
    private long count(Connection c, String table) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw new Failure(postgres.redacted() + " has no hybridstore schema yet (" + table + " is missing): apply the "
                        + "migrations first (core-api applies them at start)");
            }
            throw new Failure(message(e));
        }
    }

    private static String summary(Map<String, long[]> rows) {
        Table table = new Table("TABLE", "ADDED", "ROWS");
        rows.forEach((name, counts) -> table.row(name, counts[1] - counts[0], counts[1]));
        return table.render();
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    }

    /** The run cannot go on: "error: " and the message, exit status 1. */
    private static class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }
}
