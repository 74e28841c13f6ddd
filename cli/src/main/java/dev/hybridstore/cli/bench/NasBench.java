package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.guard.ProductionGuard;
import dev.hybridstore.cli.guard.ProductionGuard.Refused;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.output.Progress;
import dev.hybridstore.cli.output.Table;
import dev.hybridstore.cli.postgres.Postgres;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hybridstore bench nas}: NAS inventory imports through core-api (seed 004 block A), files/s beside COPY of the
 * same rows into a scratch copy of nas_files measured in the same run: a new inventory (every file added), then the
 * same inventory again (every file unchanged: the diff alone).
 */
@Command(name = "nas", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"NAS inventory import: a generated inventory posted to POST /api/catalog/nas-imports one folder of --batch files per "
                + "request, one request at a time; files/s for a new inventory and for the same inventory again, beside COPY of the same "
                + "rows into a scratch copy of pokervod.nas_files (same indexes, checks and foreign key) in the same run.",
                "The rows go under /bench-nas/<run> and are deleted at the end; a short unmeasured warm-up comes first. Needs core-api "
                + "(./suite up); refused on a production database."})
public class NasBench implements Callable<Integer> {

    /** An import's body is at most 1 MiB; 5,000 of these files take about 450 KB. */
    private static final int MAX_BATCH = 5_000;

    @Option(names = "--files", defaultValue = "100000", description = "files in the inventory (default ${DEFAULT-VALUE})")
    int files;

    @Option(names = "--batch", defaultValue = "1000", description = "files per import request, at most 5000 (default ${DEFAULT-VALUE})")
    int batch;

    @Inject
    Api api;
    @Inject
    BenchDatabase db;
    @Inject
    Postgres postgres;
    @Inject
    ProductionGuard guard;

    /** One pass over the inventory: its wall time and each request's milliseconds. */
    record Pass(double seconds, Percentiles requestMs) {
    }

    @Override
    public Integer call() throws Exception {
        if (files < 1 || batch < 1 || batch > MAX_BATCH) {
            throw new CommandFailure("--files takes a positive number and --batch 1 to " + MAX_BATCH);
        }
        api.requireCoreApiReady();
        try {
            guard.check("writing benchmark rows into", postgres, null);
        } catch (Refused e) {
            System.err.println("refused: " + e.getMessage());
            return ProductionGuard.REFUSED;
        }
        String root = "/bench-nas/r" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        NasBenchRows rows = new NasBenchRows(db, root);
        NasInventoryGen inventory = new NasInventoryGen(root + "/inventory", files, batch);
        try (WorkDir work = WorkDir.create("bench-nas")) {
            NasInventoryGen warmUp = new NasInventoryGen(root + "/warm-up", Math.min(files, 5 * batch), batch);
            System.out.println("==> warm-up: " + warmUp.files() + " files, imported twice (not measured)");
            importAll(warmUp, "added");
            importAll(warmUp, "unchanged");
            System.out.printf("==> new inventory: %,d files in %,d imports of up to %,d (one folder each)%n", files, inventory.requests(), batch);
            Pass added = importAll(inventory, "added");
            System.out.println("==> the same inventory again: every file unchanged");
            Pass unchanged = importAll(inventory, "unchanged");
            long live = rows.liveFiles(inventory.root());
            if (live != files) {
                throw new CommandFailure(live + " live files under " + inventory.root() + ", expected " + files);
            }
            System.out.println("==> COPY of the same rows into a scratch copy of pokervod.nas_files");
            double copyRate = files / rows.copySeconds(inventory.root(), work.path());

            double addedRate = files / added.seconds();
            double unchangedRate = files / unchanged.seconds();
            System.out.println();
            System.out.printf("==> NAS import, %,d files, %,d per request, one request at a time%n", files, batch);
            Table table = new Table("", "files/s", "of COPY", "p50 ms/request", "p95 ms/request");
            table.row("API, new inventory (every file added)", whole(addedRate), ratio(addedRate, copyRate), ms(added.requestMs().p50()),
                    ms(added.requestMs().p95()));
            table.row("API, same inventory again (every file unchanged)", whole(unchangedRate), ratio(unchangedRate, copyRate),
                    ms(unchanged.requestMs().p50()), ms(unchanged.requestMs().p95()));
            table.row("limit: COPY of the same rows, scratch nas_files (indexes, checks, FK)", whole(copyRate), "1.00", "-", "-");
            System.out.print(table.indented());
            System.out.printf("    API / COPY: %s for a new inventory (COPY is %s as fast), %s for an unchanged one%n",
                    ratio(addedRate, copyRate), Ratio.times(copyRate, addedRate), ratio(unchangedRate, copyRate));
            System.out.println("    (each request: HTTP and JSON, the tree's checks, one transaction upserting its folder and files, finding gone ones)");
            return 0;
        } finally {
            rows.delete();
        }
    }

    /** Imports every folder of the inventory; each answer must count all of its files as {@code expected}. */
    private Pass importAll(NasInventoryGen inventory, String expected) throws IOException, InterruptedException {
        double[] ms = new double[inventory.requests()];
        Progress progress = new Progress(new PrintWriter(System.err, true), Progress.onTerminal(), Duration.ofSeconds(5));
        long begin = System.nanoTime();
        int done = 0;
        for (int r = 0; r < inventory.requests(); r++) {
            long start = System.nanoTime();
            Api.Answer answer = api.post("/api/catalog/nas-imports", inventory.request(r), Optional.empty());
            ms[r] = (System.nanoTime() - start) / 1e6;
            if (answer.status() != 200) {
                throw new CommandFailure("import of " + inventory.folder(r) + " answered " + answer.status() + ": " + answer.why());
            }
            if (answer.body().path(expected).asInt() != inventory.filesIn(r)) {
                throw new CommandFailure("import of " + inventory.folder(r) + " counted " + answer.raw() + "; expected every file " + expected);
            }
            done += inventory.filesIn(r);
            progress.update(String.format(Locale.ROOT, "    %,d / %,d files, %s files/s", done, inventory.files(),
                    whole(done / ((System.nanoTime() - begin) / 1e9))));
        }
        progress.clear();
        return new Pass((System.nanoTime() - begin) / 1e9, Percentiles.of(ms));
    }

    private static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String ratio(double part, double whole) {
        return String.format(Locale.ROOT, "%.2f", part / whole);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
